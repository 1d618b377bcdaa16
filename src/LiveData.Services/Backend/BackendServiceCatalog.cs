using LiveData.Core.Identity;
using LiveData.Instruments;
using LiveData.Messaging.Topics;
using LiveData.Services.Batching;
using LiveData.Services.Routing;

namespace LiveData.Services.Backend;

/// <summary>The backend services LiveData can run and the raw streams each one consumes.</summary>
public static class BackendServiceCatalog
{
    private static readonly IReadOnlyDictionary<string, BackendServiceDefinition> Definitions = new BackendServiceDefinition[]
    {
        new(ServiceNames.MonitorData, ConsumesRois: false, BatchingMode.DataTimeWindows),
        new(ServiceNames.DetectorData, ConsumesRois: true, BatchingMode.DataTimeWindows),
        new(ServiceNames.DataReduction, ConsumesRois: false, BatchingMode.DataTimeWindows),
        new(ServiceNames.Timeseries, ConsumesRois: false, BatchingMode.Immediate),
    }.ToDictionary(d => d.Name);

    public static IReadOnlyCollection<string> Names => [.. Definitions.Keys];

    public static BackendServiceDefinition Get(string serviceName) =>
        Definitions.TryGetValue(serviceName, out var definition)
            ? definition
            : throw new ArgumentException($"Unknown backend service '{serviceName}'. Known: {string.Join(", ", Names)}");

    /// <summary>
    /// Routes only the streams the service's hosted workflows need ("scoped stream mapping"), and of
    /// those only the sources this worker hosts; a device needs the raw logs it is merged from.
    /// </summary>
    public static StreamRoutes RoutesFor(string serviceName, Instrument instrument, InstrumentTopics topics, bool dev = true, HostedSources? hosted = null)
    {
        Get(serviceName);
        var sources = hosted ?? HostedSources.All;
        var workflows = instrument.WorkflowsOf(serviceName).ToList();
        // A hosted workflow also needs every stream its auxiliary sources may choose, and its context logs.
        var hosting = workflows.Where(w => w.SourceNames.Any(sources.Hosts)).ToList();
        var hostedSources = workflows.SelectMany(w => w.SourceNames).Where(sources.Hosts)
            .Concat(hosting.SelectMany(w => w.AuxSources.SelectMany(a => a.Choices)))
            .Concat(hosting.SelectMany(w => w.ContextStreams))
            .Distinct().ToList();
        var needed = hostedSources.Concat(hostedSources.SelectMany(instrument.Logs.RawLogsOf)).ToHashSet();
        return dev ? StreamRoutes.Dev(instrument, topics, needed) : StreamRoutes.Prod(instrument, topics.Namespace, needed);
    }

    /// <summary>Every topic the service reads: its raw topics, the commands and, for detector views, the ROIs.</summary>
    public static IReadOnlyList<string> TopicsFor(BackendServiceDefinition service, StreamRoutes routes, InstrumentTopics topics) =>
        [.. routes.Topics, topics.Commands, .. service.ConsumesRois ? [topics.Roi] : Array.Empty<string>()];

    public static IMessageBatcher BatcherFor(BackendServiceDefinition service, TimeProvider clock) => service.Batching switch
    {
        BatchingMode.Immediate => new ImmediateBatcher(),
        _ => new DataTimeBatcher(DataTimeBatcher.DefaultWindowNs, clock, DataTimeBatcher.DefaultStallBackstop),
    };
}
