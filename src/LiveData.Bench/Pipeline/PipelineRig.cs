using LiveData.Dashboard;
using LiveData.Identity;
using LiveData.Instruments;
using LiveData.Messaging;
using LiveData.Messaging.Kafka;
using LiveData.Processes;
using LiveData.Services.Backend;
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
    private static readonly string[] BackendReadiness = [BackendService.StartedLogLine, LatestOffsetConsumer.ReadyLogLine];
    private static readonly string[] FakeReadiness = [BackendService.StartedLogLine];
    private static readonly TimeSpan FirstResultsTimeout = TimeSpan.FromSeconds(60);

    // Detector images arrive as a burst of several MB once per batch; spread over this many partitions a
    // burst stays far below the embedded broker's 5 MiB-per-partition retention, so the dashboard misses none.
    private const int ResultPartitions = 16;

    /// <summary>Partitions of the raw data topics: the embedded broker carries about 100 MB/s lossless with four.</summary>
    public const int DataPartitions = 4;
    private readonly ServiceProcess _broker;
    private readonly ServiceProcess _monitorData;
    private readonly ServiceProcess _fakeMonitors;
    private readonly ILogger _logger;
    private List<ServiceProcess> _detectorWorkers = [];
    private PacedDetectorProducer? _detectorLoad;

    private PipelineRig(Instrument instrument, ServiceProcess broker, KafkaSettings settings, ServiceProcess monitorData, ServiceProcess fakeMonitors, DashboardBackend dashboard, ILogger logger)
    {
        Instrument = instrument;
        _broker = broker;
        Settings = settings;
        _monitorData = monitorData;
        _fakeMonitors = fakeMonitors;
        Dashboard = dashboard;
        _logger = logger;
    }

    public Instrument Instrument { get; }

    public KafkaSettings Settings { get; }

    public DashboardBackend Dashboard { get; }

    public IReadOnlyList<ServiceProcess> DetectorWorkers => _detectorWorkers;

    /// <summary>The detector view every detector_data job runs: the instrument's first view that covers every detector stream.</summary>
    public WorkflowId DetectorView => Instrument.Workflows.First(w => w.ServiceName == BackendServiceCatalog.DetectorData && w.SourceNames.Count == DetectorSources.Count).Id;

    public IReadOnlyList<string> DetectorSources => [.. Instrument.DetectorStreams.Select(s => s.Detector).Distinct()];

    public WorkflowId MonitorHistogram => Instrument.Workflows.First(w => w.ServiceName == MonitorHistogramSpec.ServiceName).Id;

    /// <summary>The monitors fake_monitors publishes by default (its first two).</summary>
    public IReadOnlyList<string> MonitorSources => [.. Instrument.Monitors.Take(2)];

    /// <summary>Starts broker, topics, monitor_data, fake_monitors and one detector_data per source group, then the dashboard.</summary>
    public static async Task<PipelineRig> StartAsync(string instrumentName, IReadOnlyList<IReadOnlyList<string>?> sourceGroups, ILoggerFactory loggerFactory, CancellationToken ct)
    {
        var instrument = InstrumentCatalog.Get(instrumentName);
        var logger = loggerFactory.CreateLogger<PipelineRig>();
        var (broker, settings) = await BrokerProcess.StartAsync(ct);
        var monitorData = Process(settings, "monitor_data", [BackendServiceCatalog.MonitorData, "--instrument", instrument.Name, "--dev"], BackendReadiness);
        var fakeMonitors = Process(settings, "fake_monitors", ["fake_monitors", "--instrument", instrument.Name, "--mode", "ev44"], FakeReadiness);
        var detectorWorkers = DetectorWorkerProcesses(settings, instrument, sourceGroups);
        try
        {
            var topics = InstrumentTopics.For(instrument.Name);
            var provisioner = TopicProvisioner.Create(settings, logger);
            await provisioner.EnsureTopicsAsync([topics.Data], ResultPartitions, ct);
            await provisioner.EnsureTopicsAsync(topics.All, DataPartitions, ct);
            await Task.WhenAll(detectorWorkers.Append(monitorData).Append(fakeMonitors).Select(p => p.StartAsync(ServiceProcess.DefaultReadinessTimeout, ct)));
            var dashboard = new DashboardBackend(instrument.Name, settings, loggerFactory);
            await dashboard.StartAsync(ct);
            return new PipelineRig(instrument, broker, settings, monitorData, fakeMonitors, dashboard, logger) { _detectorWorkers = detectorWorkers };
        }
        catch
        {
            await StopAllAsync([.. detectorWorkers, fakeMonitors, monitorData, broker]);
            throw;
        }
    }

    /// <summary>Replaces the detector_data workers: one per group of sources, or one hosting all when a group is null.</summary>
    public async Task StartDetectorWorkersAsync(IReadOnlyList<IReadOnlyList<string>?> sourceGroups, CancellationToken ct)
    {
        await StopAllAsync(_detectorWorkers);
        _detectorWorkers = DetectorWorkerProcesses(Settings, Instrument, sourceGroups);
        await Task.WhenAll(_detectorWorkers.Select(w => w.StartAsync(ServiceProcess.DefaultReadinessTimeout, ct)));
    }

    public Task StopDetectorWorkersAsync() => StopAllAsync(_detectorWorkers);

    /// <summary>Starts the detector view and monitor histogram for every source and waits for the first results of each.</summary>
    public async Task StartJobsAsync(ResultProbe detectors, ResultProbe monitors, CancellationToken ct)
    {
        Dashboard.WorkflowController.StartWorkflow(DetectorView, DetectorSources, null, ct);
        Dashboard.WorkflowController.StartWorkflow(MonitorHistogram, MonitorSources, null, ct);
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
        await StopDetectorLoadAsync();
        await Dashboard.DisposeAsync();
        await StopAllAsync([.. _detectorWorkers, _fakeMonitors, _monitorData, _broker]);
    }

    private string OutputTails() => string.Join(Environment.NewLine,
        new[] { _monitorData, _fakeMonitors }.Concat(_detectorWorkers).Select(p => p.Output.Tail(15)));

    private static List<ServiceProcess> DetectorWorkerProcesses(KafkaSettings settings, Instrument instrument, IReadOnlyList<IReadOnlyList<string>?> sourceGroups) =>
        [.. sourceGroups.Select((group, i) => Process(settings, $"detector_data_{i + 1}",
            [BackendServiceCatalog.DetectorData, "--instrument", instrument.Name, "--dev", .. group is null ? Array.Empty<string>() : ["--sources", string.Join(",", group)]],
            BackendReadiness))];

    private static ServiceProcess Process(KafkaSettings settings, string name, IEnumerable<string> serviceArguments, IReadOnlyCollection<string> readiness) =>
        new(name, LiveDataExecutable.Arguments(["service", .. serviceArguments, "--bootstrap-servers", settings.BootstrapServers]), readiness, new Dictionary<string, string?>());

    private static async Task StopAllAsync(IEnumerable<ServiceProcess> processes)
    {
        foreach (var process in processes)
        {
            await process.StopAsync(ServiceProcess.DefaultStopGrace);
        }
    }
}
