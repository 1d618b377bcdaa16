using LiveData.Instruments;
using LiveData.Messaging.Topics;

namespace LiveData.Services.Routing;

/// <summary>
/// Maps a raw (topic, Kafka source_name) pair to the internal stream name. DEV naming is what the fakes
/// publish: monitors as monitor1..N on the beam-monitor topic (mapped in order onto the instrument's
/// monitor names), detectors, area detectors and logs under their own names (several detector streams
/// may merge into one detector). PROD naming comes from the instrument's table of ECDC names. Only
/// streams a hosted workflow needs are routed; the rest count as unmapped and their topics are not read.
/// </summary>
public sealed class StreamRoutes
{
    private readonly Dictionary<(string Topic, string Source), string> _routes = [];
    private readonly Dictionary<string, RawTopicKind> _kinds = [];

    private StreamRoutes()
    {
    }

    public IReadOnlyCollection<string> Topics => _kinds.Keys;

    public static StreamRoutes ForMonitors(Instrument instrument, InstrumentTopics topics, IReadOnlySet<string> neededStreams) =>
        From(DevStreams(instrument, topics).Where(s => s.Kind == RawTopicKind.Monitor), neededStreams);

    /// <summary>Every raw stream of the instrument with DEV names (as the fakes publish them).</summary>
    public static StreamRoutes Dev(Instrument instrument, InstrumentTopics topics, IReadOnlySet<string> neededStreams) =>
        From(DevStreams(instrument, topics), neededStreams);

    /// <summary>
    /// The raw streams of the instrument with DEV names, which is both what the fakes publish and what
    /// services started with <c>--dev</c> read; the one place the DEV naming is defined.
    /// </summary>
    public static IEnumerable<RawStream> DevStreams(Instrument instrument, InstrumentTopics topics) =>
    [
        .. instrument.Monitors.Select((monitor, i) => new RawStream(topics.BeamMonitor, DevMonitorSourceName(i), monitor, RawTopicKind.Monitor)),
        .. instrument.DetectorStreams.Select(s => new RawStream(topics.Detector, s.SourceName, s.Detector, RawTopicKind.Detector)),
        .. instrument.AreaDetectors.Select(a => new RawStream(topics.AreaDetector, a.Name, a.Name, RawTopicKind.AreaDetector)),
        .. instrument.Logs.Streams.Select(l => new RawStream(topics.Motion, l.Name, l.Name, RawTopicKind.Log)),
    ];

    /// <summary>
    /// Where a producer must publish the internal stream <paramref name="stream"/> (a monitor, detector,
    /// area detector or raw log) so that services with DEV naming receive it. A detector fed by several
    /// streams (BIFROST's triplets) gets its first one.
    /// </summary>
    /// <exception cref="ArgumentException">The instrument has no such stream; the message lists those it has.</exception>
    public static RawStream DevStreamOf(Instrument instrument, InstrumentTopics topics, string stream) =>
        DevStreams(instrument, topics).FirstOrDefault(s => s.Stream == stream)
        ?? throw new ArgumentException(
            $"Instrument '{instrument.Name}' has no raw stream '{stream}'. Known: {string.Join(", ", DevStreams(instrument, topics).Select(s => s.Stream).Distinct())}");

    /// <summary>Every raw stream of the instrument with its production (ECDC) names, its topics within the namespace.</summary>
    public static StreamRoutes Prod(Instrument instrument, TopicNamespace topicNamespace, IReadOnlySet<string> neededStreams) =>
        From(
        [
            .. instrument.ProdStreams.Select(s => new RawStream(topicNamespace.Apply(s.Topic), s.SourceName, s.Stream, KindOf(instrument, s.Stream))),
            .. instrument.Logs.Streams.Select(l => new RawStream(topicNamespace.Apply(l.ProdTopic), l.ProdSource, l.Name, RawTopicKind.Log)),
        ], neededStreams);

    /// <summary>The Kafka source_name the fakes use for the i-th (0-based) monitor.</summary>
    public static string DevMonitorSourceName(int index) => $"monitor{index + 1}";

    public string? Resolve(string topic, string sourceName) => _routes.GetValueOrDefault((topic, sourceName));

    public RawTopicKind? KindOf(string topic) => _kinds.TryGetValue(topic, out var kind) ? kind : null;

    private static StreamRoutes From(IEnumerable<RawStream> streams, IReadOnlySet<string> needed)
    {
        var routes = new StreamRoutes();
        foreach (var stream in streams.Where(s => needed.Contains(s.Stream)))
        {
            routes._routes[(stream.Topic, stream.SourceName)] = stream.Stream;
            routes._kinds[stream.Topic] = stream.Kind;
        }
        return routes;
    }

    private static RawTopicKind KindOf(Instrument instrument, string stream) =>
        instrument.Monitors.Contains(stream) ? RawTopicKind.Monitor
        : instrument.AreaDetectors.Any(a => a.Name == stream) ? RawTopicKind.AreaDetector
        : RawTopicKind.Detector;
}
