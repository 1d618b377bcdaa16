using LiveData.Acceptance.Support.Broker;
using LiveData.Messaging.Kafka;
using LiveData.Wire;
using Microsoft.Extensions.Logging.Abstractions;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// Publishes raw messages straight to the instrument's raw topics, as a detector readout or a broken
/// producer would: upstream's malformed corpus, and valid monitor events on demand.
/// </summary>
public sealed class RawDataDriver(TestBroker broker, TopicDriver topics) : IDisposable
{
    /// <summary>2026-01-01T00:00:00Z, the pulse time upstream's corpus uses.</summary>
    private const long CorpusPulseTime = 1_767_225_600_000_000_000;
    private readonly Lazy<KafkaPublisher> _publisher = new(() => new KafkaPublisher(broker.Settings, NullLogger.Instance));

    public static IReadOnlyCollection<string> MalformedKinds => [.. Malformed.Keys];

    private static readonly IReadOnlyDictionary<string, Func<byte[]>> Malformed = new Dictionary<string, Func<byte[]>>
    {
        ["garbage"] = () => [.. Enumerable.Range(0, 4 * 256).Select(i => (byte)(i % 256))],
        ["empty"] = () => [],
        ["truncated ev44"] = () => MonitorEvents("monitor1", CorpusPulseTime)[..12],
        ["ev44 without event vectors"] = () => Ev44Encoder.EncodeWithoutEventVectors("monitor1", 0),
        ["f144 on the monitor topic"] = () => F144Codec.Encode(new F144LogData("monitor1", CorpusPulseTime, F144Value.Scalar(1.0))),
        ["unmapped source"] = () => MonitorEvents("not_a_known_source", CorpusPulseTime),
    };

    public void SendMalformedToMonitorTopic(IEnumerable<string> kinds, CancellationToken ct)
    {
        foreach (var kind in kinds)
        {
            var payload = Malformed.TryGetValue(kind, out var make)
                ? make()
                : throw new ArgumentException($"Unknown malformed message '{kind}'. Known: {string.Join(", ", MalformedKinds)}");
            _publisher.Value.Publish(topics.Topics.BeamMonitor, payload);
        }
        _publisher.Value.Flush(ct);
    }

    /// <summary>One pulse of ten events for a monitor, stamped now, delivered before returning.</summary>
    public Task SendMonitorEventsAsync(string source, CancellationToken ct)
    {
        var now = (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).Ticks * 100;
        _publisher.Value.Publish(topics.Topics.BeamMonitor, MonitorEvents(source, now));
        _publisher.Value.Flush(ct);
        return Task.CompletedTask;
    }

    /// <summary>One ev44 message per pulse, on the 14 Hz grid ending now, delivered before returning.</summary>
    public void SendMonitorPulses(string source, IReadOnlyList<int[]> pulses, CancellationToken ct)
    {
        var period = (long)(1e9 / 14);
        var now = (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).Ticks * 100;
        for (var i = 0; i < pulses.Count; i++)
        {
            var pulseTime = now - (pulses.Count - 1 - i) * period;
            _publisher.Value.Publish(topics.Topics.BeamMonitor, Ev44Encoder.Encode(source, i, [pulseTime], [0], pulses[i], new int[pulses[i].Length]));
        }
        _publisher.Value.Flush(ct);
    }

    public void Dispose()
    {
        if (_publisher.IsValueCreated)
        {
            _publisher.Value.Dispose();
        }
    }

    // Ten events spread uniformly over 0–70 ms (seeded, as upstream's corpus), pixel ids 0.
    private static byte[] MonitorEvents(string source, long pulseTime)
    {
        var random = new Random(0);
        var timeOfArrival = Enumerable.Range(0, 10).Select(_ => random.Next(0, 70_000_000)).ToArray();
        return Ev44Encoder.Encode(source, 0, [pulseTime], [0], timeOfArrival, new int[timeOfArrival.Length]);
    }
}
