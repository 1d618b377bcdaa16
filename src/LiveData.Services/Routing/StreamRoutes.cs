using LiveData.Instruments;
using LiveData.Messaging;

namespace LiveData.Services.Routing;

/// <summary>
/// Maps a raw (topic, Kafka source_name) pair to the internal stream name, with DEV naming: the fakes
/// publish monitors as monitor1..N on the beam-monitor topic, mapped in order onto the instrument's
/// monitor names. Only streams a hosted workflow needs are routed; the rest count as unmapped.
/// </summary>
public sealed class StreamRoutes
{
    private readonly Dictionary<(string Topic, string Source), string> _routes;

    private StreamRoutes(Dictionary<(string Topic, string Source), string> routes) => _routes = routes;

    public IReadOnlyCollection<string> Topics => [.. _routes.Keys.Select(k => k.Topic).Distinct()];

    public static StreamRoutes ForMonitors(Instrument instrument, InstrumentTopics topics, IReadOnlySet<string> neededStreams)
    {
        var routes = new Dictionary<(string, string), string>();
        for (var i = 0; i < instrument.Monitors.Count; i++)
        {
            if (neededStreams.Contains(instrument.Monitors[i]))
            {
                routes[(topics.BeamMonitor, DevMonitorSourceName(i))] = instrument.Monitors[i];
            }
        }
        return new StreamRoutes(routes);
    }

    /// <summary>The Kafka source_name the fakes use for the i-th (0-based) monitor.</summary>
    public static string DevMonitorSourceName(int index) => $"monitor{index + 1}";

    public string? Resolve(string topic, string sourceName) => _routes.GetValueOrDefault((topic, sourceName));
}
