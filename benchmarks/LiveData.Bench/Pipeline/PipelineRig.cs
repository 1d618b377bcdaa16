using LiveData.Bench.Cluster;
using LiveData.Core.Identity;
using LiveData.Dashboard;
using LiveData.Instruments;
using LiveData.Messaging.Configuration;
using LiveData.Messaging.Topics;
using LiveData.Processes;
using LiveData.Workflows.MonitorHistogram;
using Microsoft.Extensions.Logging;

namespace LiveData.Bench.Pipeline;

/// <summary>
/// The pipeline as real processes: an embedded broker, the instrument's topics, detector_data worker(s)
/// and monitor_data with DEV names, fake_monitors at its nominal rate, and a headless dashboard running a
/// detector view and a monitor histogram so the services really histogram. Detector events come from a
/// <see cref="PacedDetectorProducer"/>, restarted per rate. Stops everything on dispose.
/// </summary>
public sealed class PipelineRig : IAsyncDisposable
{
    private static readonly TimeSpan FirstResultsTimeout = TimeSpan.FromSeconds(60);

    // Detector images arrive as a burst of several MB once per batch; spread over this many partitions a
    // burst stays far below the embedded broker's 5 MiB-per-partition retention, so the dashboard misses none.
    private const int ResultPartitions = 16;

    /// <summary>Partitions of the raw data topics: the embedded broker carries about 100 MB/s lossless with four.</summary>
    public const int DataPartitions = 4;
    private readonly BenchCluster _cluster;
    private readonly IReadOnlyList<ServiceProcess> _monitorServices;
    private readonly ILogger _logger;
    private IReadOnlyList<ServiceProcess> _detectorWorkers = [];
    private PacedDetectorProducer? _detectorLoad;

    private PipelineRig(Instrument instrument, BenchCluster cluster, IReadOnlyList<ServiceProcess> monitorServices, ILogger logger)
    {
        Instrument = instrument;
        _cluster = cluster;
        _monitorServices = monitorServices;
        _logger = logger;
    }

    public Instrument Instrument { get; }

    public KafkaSettings Settings => _cluster.Settings;

    public DashboardBackend Dashboard => _cluster.Dashboard;

    public IReadOnlyList<ServiceProcess> DetectorWorkers => _detectorWorkers;

    /// <summary>The detector view every detector_data job runs: the instrument's first view that covers every detector stream.</summary>
    public WorkflowId DetectorView => Instrument.Workflows.First(w => w.ServiceName == ServiceNames.DetectorData && w.SourceNames.Count == DetectorSources.Count).Id;

    public IReadOnlyList<string> DetectorSources => [.. Instrument.DetectorStreams.Select(s => s.Detector).Distinct()];

    public WorkflowId MonitorHistogram => Instrument.Workflows.First(w => w.ServiceName == MonitorHistogramSpec.ServiceName).Id;

    /// <summary>The monitors fake_monitors publishes by default (its first two).</summary>
    public IReadOnlyList<string> MonitorSources => [.. Instrument.Monitors.Take(2)];

    /// <summary>Starts broker, topics, monitor_data, fake_monitors and one detector_data per source group, then the dashboard.</summary>
    public static async Task<PipelineRig> StartAsync(string instrumentName, IReadOnlyList<IReadOnlyList<string>?> sourceGroups, ILoggerFactory loggerFactory, CancellationToken ct)
    {
        var instrument = InstrumentCatalog.Get(instrumentName);
        var resultsTopic = InstrumentTopics.For(instrument.Name).Data;
        var cluster = await BenchCluster.StartAsync(instrument.Name, loggerFactory, ct, topic => topic == resultsTopic ? ResultPartitions : DataPartitions);
        try
        {
            var monitorServices = await cluster.StartServicesAsync([BenchService.Backend(ServiceNames.MonitorData), BenchService.FakeMonitors(1)], ct);
            var rig = new PipelineRig(instrument, cluster, monitorServices, loggerFactory.CreateLogger<PipelineRig>());
            await rig.StartDetectorWorkersAsync(sourceGroups, ct);
            await cluster.StartDashboardAsync(ct);
            return rig;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Replaces the detector_data workers: one per group of sources, or one hosting all when a group is null.</summary>
    public async Task StartDetectorWorkersAsync(IReadOnlyList<IReadOnlyList<string>?> sourceGroups, CancellationToken ct)
    {
        await StopDetectorWorkersAsync();
        _detectorWorkers = await _cluster.StartServicesAsync(
            [.. sourceGroups.Select(group => BenchService.Backend(ServiceNames.DetectorData, group is null ? [] : ["--sources", string.Join(",", group)]))], ct);
    }

    public async Task StopDetectorWorkersAsync()
    {
        await _cluster.StopServicesAsync(_detectorWorkers);
        _detectorWorkers = [];
    }

    /// <summary>Starts the detector view and monitor histogram for every source and waits for the first results of each.</summary>
    public async Task StartJobsAsync(ResultProbe detectors, ResultProbe monitors, CancellationToken ct)
    {
        Dashboard.Workflows.Start(DetectorView, DetectorSources, null, ct);
        Dashboard.Workflows.Start(MonitorHistogram, MonitorSources, null, ct);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(FirstResultsTimeout);
        try
        {
            while (detectors.SourcesWithResults().Count < DetectorSources.Count || monitors.SourcesWithResults().Count < MonitorSources.Count)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new InvalidOperationException(
                $"No results from every job after {FirstResultsTimeout.TotalSeconds:0} s (detectors: {string.Join(", ", detectors.SourcesWithResults())})"
                + Environment.NewLine + OutputTails());
        }
    }

    /// <summary>Replaces the detector events being published with those of <paramref name="load"/>.</summary>
    public async Task StartDetectorLoadAsync(DetectorLoad load)
    {
        await StopDetectorLoadAsync();
        _detectorLoad = PacedDetectorProducer.Start(Settings, load, Instrument, _logger);
    }

    public async Task StopDetectorLoadAsync()
    {
        if (_detectorLoad is not null)
        {
            await _detectorLoad.DisposeAsync();
            _detectorLoad = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopDetectorLoadAsync();
        }
        finally
        {
            await _cluster.DisposeAsync();
        }
    }

    private string OutputTails() => string.Join(Environment.NewLine, _monitorServices.Concat(_detectorWorkers).Select(p => p.Output.Tail(15)));
}
