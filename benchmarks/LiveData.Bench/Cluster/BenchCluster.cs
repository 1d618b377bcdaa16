using LiveData.Core.Identity;
using LiveData.Dashboard;
using LiveData.Messaging.Configuration;
using LiveData.Messaging.Topics;
using LiveData.Processes;
using Microsoft.Extensions.Logging;

namespace LiveData.Bench.Cluster;

/// <summary>
/// What a bench section measures against: an embedded broker on a free port with the instrument's topics,
/// LiveData services as child processes and, when asked, an in-process headless dashboard. Disposing stops
/// the dashboard, then every service still running (newest first), then the broker — also after a failure
/// or cancellation half-way through a start.
/// </summary>
public sealed class BenchCluster : IAsyncDisposable
{
    private readonly ServiceProcess _broker;
    private readonly ILoggerFactory _loggerFactory;
    private readonly List<ServiceProcess> _services = [];
    private readonly Lock _gate = new();
    private DashboardBackend? _dashboard;

    private BenchCluster(string instrument, ServiceProcess broker, KafkaSettings settings, ILoggerFactory loggerFactory)
    {
        Instrument = instrument;
        _broker = broker;
        Settings = settings;
        _loggerFactory = loggerFactory;
    }

    public string Instrument { get; }

    public KafkaSettings Settings { get; }

    public DashboardBackend Dashboard => _dashboard ?? throw new InvalidOperationException("The bench cluster's dashboard has not been started");

    /// <summary>
    /// Starts the broker (<c>livedata broker --port 0</c>) and creates the instrument's topics, each with the
    /// partitions <paramref name="partitionsOf"/> gives it (default one).
    /// </summary>
    public static async Task<BenchCluster> StartAsync(string instrument, ILoggerFactory loggerFactory, CancellationToken ct, Func<string, int>? partitionsOf = null)
    {
        var (broker, settings) = await BrokerProcess.StartAsync(ct);
        var cluster = new BenchCluster(instrument, broker, settings, loggerFactory);
        try
        {
            var provisioner = TopicProvisioner.Create(settings, loggerFactory.CreateLogger<BenchCluster>());
            foreach (var layout in InstrumentTopics.For(instrument).All.GroupBy(topic => partitionsOf?.Invoke(topic) ?? 1))
            {
                await provisioner.EnsureTopicsAsync([.. layout], layout.Key, ct);
            }
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the services side by side and waits until all are ready; on failure the cluster still owns (and stops) them.</summary>
    public async Task<IReadOnlyList<ServiceProcess>> StartServicesAsync(IReadOnlyList<BenchService> services, CancellationToken ct)
    {
        var processes = services.Select(s => s.CreateProcess(Instrument, Settings)).ToList();
        lock (_gate)
        {
            _services.AddRange(processes);
        }
        await Task.WhenAll(processes.Select(p => p.StartAsync(ServiceProcess.DefaultReadinessTimeout, ct)));
        return processes;
    }

    /// <summary>Stops services started by this cluster (newest first) before the cluster itself is disposed.</summary>
    public async Task StopServicesAsync(IReadOnlyList<ServiceProcess> services)
    {
        try
        {
            await new ServiceGroup(services).StopAllAsync();
        }
        finally
        {
            lock (_gate)
            {
                _services.RemoveAll(services.Contains);
            }
        }
    }

    public async Task<DashboardBackend> StartDashboardAsync(CancellationToken ct)
    {
        if (_dashboard is not null)
        {
            throw new InvalidOperationException("The bench cluster's dashboard is already running");
        }
        _dashboard = new DashboardBackend(Instrument, Settings, _loggerFactory);
        await _dashboard.StartAsync(ct);
        return _dashboard;
    }

    /// <summary>Has the dashboard start a workflow for all its sources.</summary>
    public IReadOnlyList<JobId> StartWorkflow(WorkflowId workflowId, CancellationToken ct)
    {
        var spec = Dashboard.Workflows.Spec(workflowId);
        return Dashboard.Workflows.Start(workflowId, spec.SourceNames, null, ct);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_dashboard is not null)
            {
                await _dashboard.DisposeAsync();
            }
        }
        finally
        {
            try
            {
                await new ServiceGroup(TakeRunning()).StopAllAsync();
            }
            finally
            {
                await _broker.StopAsync(ServiceProcess.DefaultStopGrace);
            }
        }
    }

    private List<ServiceProcess> TakeRunning()
    {
        lock (_gate)
        {
            var running = _services.ToList();
            _services.Clear();
            return running;
        }
    }
}
