using LiveData.Instruments;
using LiveData.Messaging;
using LiveData.Services.Routing;

namespace LiveData.Services.Backend;

/// <summary>The backend services LiveData can run and the raw streams each one consumes.</summary>
public static class BackendServiceCatalog
{
    public const string MonitorData = "monitor_data";

    public static IReadOnlyCollection<string> Names => [MonitorData];

    /// <summary>Routes only the streams the service's hosted workflows need ("scoped stream mapping").</summary>
    public static StreamRoutes RoutesFor(string serviceName, Instrument instrument, InstrumentTopics topics)
    {
        var needed = instrument.WorkflowsOf(serviceName).SelectMany(w => w.SourceNames).ToHashSet();
        return serviceName switch
        {
            MonitorData => StreamRoutes.ForMonitors(instrument, topics, needed),
            _ => throw new ArgumentException($"Unknown backend service '{serviceName}'. Known: {string.Join(", ", Names)}"),
        };
    }
}
