using LiveData.Instruments;
using LiveData.Messaging;

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

    public static StreamRoutes ForMonitors(Instrument instrument, InstrumentTopics topics, IReadOnlySet<string> neededStreams)
    {
        var routes = new StreamRoutes();
        for (var i = 0; i < instrument.Monitors.Count; i++)
        {
            routes.AddIfNeeded(neededStreams, topics.BeamMonitor, DevMonitorSourceName(i), instrument.Monitors[i], RawTopicKind.Monitor);
        }
        return routes;
    }

    /// <summary>Every raw stream of the instrument with DEV names (as the fakes publish them).</summary>
    public static StreamRoutes Dev(Instrument instrument, InstrumentTopics topics, IReadOnlySet<string> neededStreams)
    {
        var routes = ForMonitors(instrument, topics, neededStreams);
        foreach (var stream in instrument.DetectorStreams)
        {
            routes.AddIfNeeded(neededStreams, topics.Detector, stream.SourceName, stream.Detector, RawTopicKind.Detector);
        }
        foreach (var area in instrument.AreaDetectors)
        {
            routes.AddIfNeeded(neededStreams, topics.AreaDetector, area.Name, area.Name, RawTopicKind.AreaDetector);
        }
        foreach (var log in instrument.Logs)
        {
            routes.AddIfNeeded(neededStreams, topics.Motion, log.Name, log.Name, RawTopicKind.Log);
        }
        return routes;
    }

    /// <summary>Every raw stream of the instrument with its production (ECDC) names, its topics within the namespace.</summary>
    public static StreamRoutes Prod(Instrument instrument, TopicNamespace topicNamespace, IReadOnlySet<string> neededStreams)
    {
        var routes = new StreamRoutes();
        foreach (var stream in instrument.ProdStreams)
        {
            routes.AddIfNeeded(neededStreams, topicNamespace.Apply(stream.Topic), stream.SourceName, stream.Stream, KindOf(instrument, stream.Stream));
        }
        return routes;
    }

    /// <summary>The Kafka source_name the fakes use for the i-th (0-based) monitor.</summary>
    public static string DevMonitorSourceName(int index) => $"monitor{index + 1}";

    public string? Resolve(string topic, string sourceName) => _routes.GetValueOrDefault((topic, sourceName));

    public RawTopicKind? KindOf(string topic) => _kinds.TryGetValue(topic, out var kind) ? kind : null;

    private void AddIfNeeded(IReadOnlySet<string> needed, string topic, string source, string stream, RawTopicKind kind)
    {
        if (needed.Contains(stream))
        {
            _routes[(topic, source)] = stream;
            _kinds[topic] = kind;
        }
    }

    private static RawTopicKind KindOf(Instrument instrument, string stream) =>
        instrument.Monitors.Contains(stream) ? RawTopicKind.Monitor
        : instrument.AreaDetectors.Any(a => a.Name == stream) ? RawTopicKind.AreaDetector
        : instrument.FindLog(stream) is not null ? RawTopicKind.Log
        : RawTopicKind.Detector;
}
