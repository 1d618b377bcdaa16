using LiveData.Time;
using LiveData.Wire;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// Publishes raw messages straight to the instrument's raw topics, as a detector readout or a broken
/// producer would: upstream's malformed corpus, and valid monitor events on demand.
/// </summary>
public sealed class RawDataDriver(ScenarioPublisher publisher, TopicDriver topics)
{
    /// <summary>2026-01-01T00:00:00Z, the pulse time upstream's corpus uses.</summary>
    private const long CorpusPulseTime = 1_767_225_600_000_000_000;
    private static readonly long PulsePeriodNs = (long)(1e9 / 14);

    public static IReadOnlyCollection<string> MalformedKinds => [.. Malformed.Keys];

    // Named as a scientist would describe them; the wire format each stands for is in its maker.
    private static readonly IReadOnlyDictionary<string, Func<byte[]>> Malformed = new Dictionary<string, Func<byte[]>>
    {
        ["garbage"] = () => [.. Enumerable.Range(0, 4 * 256).Select(i => (byte)(i % 256))],
        ["empty"] = () => [],
        ["truncated event message"] = () => MonitorEvents("monitor1", CorpusPulseTime)[..12],
        ["event message missing its event lists"] = () => Ev44Encoder.EncodeWithoutEventVectors("monitor1", 0),
        ["log value among the monitor events"] = () => F144Codec.Encode(new F144LogData("monitor1", CorpusPulseTime, F144Value.Scalar(1.0))),
        ["events from an unknown source"] = () => MonitorEvents("not_a_known_source", CorpusPulseTime),
    };

    /// <summary>Sends the malformed messages, in order, where the monitors' events arrive.</summary>
    public void SendMalformedMonitorMessages(IEnumerable<MalformedMessage> messages, CancellationToken ct) =>
        publisher.PublishAll(topics.Topics.BeamMonitor, messages.Select(message => Malformed.TryGetValue(message.Kind, out var make)
            ? make()
            : throw new ArgumentException($"Unknown malformed message '{message.Kind}'. Known: {string.Join(", ", MalformedKinds)}")).ToList(), ct);

    /// <summary>One pulse of ten events for a monitor, stamped now, delivered before returning.</summary>
    public Task SendMonitorEventsAsync(string source, CancellationToken ct)
    {
        SendMonitorPulses(source, [TenEvents()], ct);
        return Task.CompletedTask;
    }

    /// <summary>One ev44 message per pulse, on the 14 Hz grid ending now, delivered before returning.</summary>
    public void SendMonitorPulses(string source, IReadOnlyList<int[]> pulses, CancellationToken ct)
    {
        var now = EpochNanoseconds.Now(TimeProvider.System);
        publisher.PublishAll(topics.Topics.BeamMonitor, pulses.Select((events, i) =>
            Ev44Encoder.Encode(source, i, [now - (pulses.Count - 1 - i) * PulsePeriodNs], [0], events, new int[events.Length])), ct);
    }

    private static byte[] MonitorEvents(string source, long pulseTime) =>
        Ev44Encoder.Encode(source, 0, [pulseTime], [0], TenEvents(), new int[10]);

    // Ten events spread uniformly over 0–70 ms (seeded, as upstream's corpus), pixel ids 0.
    private static int[] TenEvents()
    {
        var random = new Random(0);
        return [.. Enumerable.Range(0, 10).Select(_ => random.Next(0, 70_000_000))];
    }
}

/// <summary>One row of a scenario's <c>| kind |</c> table of malformed messages.</summary>
public sealed record MalformedMessage(string Kind);
