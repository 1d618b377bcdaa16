using LiveData.Core.Time;
using LiveData.Services.Routing;
using LiveData.Wire.Ev44;
using LiveData.Wire.F144;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// Publishes raw messages straight to the instrument's raw topics, as a detector readout or a broken
/// producer would: upstream's malformed corpus, and valid monitor or detector events on demand (log values: <see cref="LogDataDriver"/>). Every
/// message goes out under the topic and source name the instrument's services read (DEV naming).
/// </summary>
public sealed class RawDataDriver(ScenarioPublisher publisher, ScenarioInstrument instrument)
{
    /// <summary>2026-01-01T00:00:00Z, the pulse time upstream's corpus uses.</summary>
    private const long CorpusPulseTime = 1_767_225_600_000_000_000;
    public static readonly long PulsePeriodNs = (long)(1e9 / 14);

    public static IReadOnlyCollection<string> MalformedKinds => [.. Malformed.Keys];

    // Named as a scientist would describe them; each is made for a real monitor source name, so it reaches the decoder
    // rather than being dropped as unmapped (the wire format each stands for is in its maker).
    private static readonly IReadOnlyDictionary<string, Func<string, byte[]>> Malformed = new Dictionary<string, Func<string, byte[]>>
    {
        ["garbage"] = _ => [.. Enumerable.Range(0, 4 * 256).Select(i => (byte)(i % 256))],
        ["empty"] = _ => [],
        ["truncated event message"] = source => MonitorEvents(source, CorpusPulseTime)[..12],
        ["event message missing its event lists"] = source => Ev44Encoder.EncodeWithoutEventVectors(source, 0),
        ["log value among the monitor events"] = source => F144Codec.Encode(new F144LogData(source, CorpusPulseTime, F144Value.Scalar(1.0))),
        ["events from an unknown source"] = _ => MonitorEvents("not_a_known_source", CorpusPulseTime),
    };

    /// <summary>Where the instrument's services read <paramref name="source"/> (a monitor, detector or log) from.</summary>
    /// <exception cref="ArgumentException">The instrument has no such source; the message names the instrument and the sources it has.</exception>
    public RawStream StreamOf(string source) => StreamRoutes.DevStreamOf(instrument.Instrument, instrument.Topics, source);

    /// <summary>Sends the malformed messages, in order, where the instrument's first monitor's events arrive.</summary>
    public void SendMalformedMonitorMessages(IEnumerable<MalformedMessage> messages, CancellationToken ct)
    {
        var monitor = StreamOf(instrument.Instrument.Monitors[0]);
        publisher.PublishAll(monitor.Topic, messages.Select(message => Malformed.TryGetValue(message.Kind, out var make)
            ? make(monitor.SourceName)
            : throw new ArgumentException($"Unknown malformed message '{message.Kind}'. Known: {string.Join(", ", MalformedKinds)}")).ToList(), ct);
    }

    /// <summary>One pulse of ten events for a monitor, stamped now, delivered before returning.</summary>
    public Task SendMonitorEventsAsync(string source, CancellationToken ct)
    {
        SendPulses(source, [TenEvents()], ct);
        return Task.CompletedTask;
    }

    /// <summary>One ev44 message per pulse, on the 14 Hz grid ending now, delivered before returning.</summary>
    public void SendPulses(string source, IReadOnlyList<int[]> pulses, CancellationToken ct) =>
        SendPulses(source, EpochNanoseconds.Now(TimeProvider.System) - (pulses.Count - 1) * PulsePeriodNs, 0, pulses, ct);

    /// <summary>
    /// One ev44 message per pulse (times of arrival in ns), the first stamped <paramref name="firstPulseTime"/> and
    /// numbered <paramref name="firstMessageId"/>, one pulse period apart, delivered before returning.
    /// </summary>
    public void SendPulses(string source, long firstPulseTime, long firstMessageId, IReadOnlyList<int[]> pulses, CancellationToken ct)
    {
        var stream = StreamOf(source);
        var pixels = PixelIds(stream);
        publisher.PublishAll(stream.Topic, pulses.Select((events, i) =>
            Ev44Encoder.Encode(stream.SourceName, firstMessageId + i, [firstPulseTime + i * PulsePeriodNs], [0], events, pixels(events.Length))), ct);
    }

    // Monitors carry no pixel ids worth the name (0); detector events cycle through the stream's detector
    // numbers, as a real readout's would lie in that range, so a detector view counts every one of them.
    private Func<int, int[]> PixelIds(RawStream stream) =>
        instrument.Instrument.DetectorStreams.FirstOrDefault(d => stream.Kind == RawTopicKind.Detector && d.SourceName == stream.SourceName) is { } detector
            ? count => [.. Enumerable.Range(0, count).Select(i => detector.FirstDetectorNumber + i % (detector.LastDetectorNumber - detector.FirstDetectorNumber + 1))]
            : count => new int[count];

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
