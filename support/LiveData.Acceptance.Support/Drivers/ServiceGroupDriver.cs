using LiveData.Acceptance.Support.Broker;
using LiveData.Messaging.Broker;
using LiveData.Messaging.Topics;
using LiveData.Processes;
using LiveData.Services.Backend;
using Microsoft.Extensions.Logging.Abstractions;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>Starts a scenario's service groups as real processes and stops all of them when the scenario ends.</summary>
public sealed class ServiceGroupDriver(TestBroker broker, ScenarioInstrument instrument, InstrumentFilesDriver files) : IAsyncDisposable
{
    private readonly List<ServiceGroup> _groups = [];

    public IReadOnlyList<ServiceProcess> Services => [.. _groups.SelectMany(g => g.Members)];

    /// <summary>
    /// The backend services that should be heard from now: running and not paused on purpose. Each sends a
    /// heartbeat every 2 s, so one that is silent has hung, whatever its process state says.
    /// </summary>
    public IReadOnlyList<ServiceProcess> LiveBackends =>
        [.. Services.Where(s => s.IsRunning && !s.IsPaused && BackendServiceCatalog.Names.Contains(s.Name))];

    public ServiceProcess this[string name] =>
        Services.FirstOrDefault(s => s.Name == name) ?? throw new KeyNotFoundException($"No service '{name}' was started in this scenario");

    public Task StartAsync(string groupName, CancellationToken ct) => StartAsync(ServiceGroupCatalog.Get(groupName, instrument.Instrument), ct);

    /// <summary>The monitor group with every monitor of the instrument sending this readout.</summary>
    public Task StartMonitorsAsync(MonitorReadout readout, CancellationToken ct) =>
        StartAsync(ServiceGroupCatalog.Monitor(readout, instrument.Instrument), ct);

    /// <summary>
    /// Fakes for every detector of the instrument, area detectors included, and detector_data, with the results spread
    /// over <see cref="EmbeddedBroker.ResultTopicPartitions"/> partitions, as every view at once publishes megabytes of images.
    /// </summary>
    public async Task StartEveryDetectorAsync(CancellationToken ct)
    {
        await TopicProvisioner.Create(broker.Settings, NullLogger.Instance).EnsureTopicsAsync([instrument.Topics.Data], EmbeddedBroker.ResultTopicPartitions, ct);
        await StartAsync(ServiceGroupCatalog.EveryDetector(instrument.Instrument), ct);
    }

    /// <summary>Services that read the production topics (no <c>--dev</c>), which are created first as on a production broker.</summary>
    public async Task StartReadingProductionTopicsAsync(IReadOnlyList<ServiceSpec> services, CancellationToken ct)
    {
        await TopicProvisioner.Create(broker.Settings, NullLogger.Instance)
            .EnsureTopicsAsync([.. instrument.Instrument.ProdTopics.Select(instrument.Topics.Namespace.Apply)], 1, ct);
        await StartAsync(services, ct);
    }

    public async Task StartAsync(IReadOnlyList<ServiceSpec> services, CancellationToken ct)
    {
        await TopicProvisioner.Create(broker.Settings, NullLogger.Instance)
            .EnsureTopicsAsync(instrument.Topics.All, 1, ct);
        var group = new ServiceGroup([.. services.Select(CreateProcess)]);
        await group.StartAllAsync(ServiceProcess.DefaultReadinessTimeout, ct);
        _groups.Add(group);
    }

    /// <summary>Freezes the service (SIGSTOP), as a hung process: alive, but it reads and sends nothing.</summary>
    public void Pause(string name) => this[name].Signal(PosixSignal.Stop);

    /// <summary>Lets a paused service carry on (SIGCONT).</summary>
    public void Continue(string name) => this[name].Signal(PosixSignal.Continue);

    /// <summary>Kills the service without warning (SIGKILL), as a crash: no last heartbeat, no clean leave.</summary>
    public void Kill(string name) => this[name].Signal(PosixSignal.Kill);

    /// <summary>Stops the service gracefully (SIGTERM, killed after the grace period); returns its exit code.</summary>
    public async Task<int?> StopAsync(string name)
    {
        await this[name].StopAsync(ServiceProcess.DefaultStopGrace);
        return this[name].ExitCode;
    }

    /// <summary>Starts a stopped service again and waits until it is ready.</summary>
    public Task StartAgainAsync(string name, CancellationToken ct) => this[name].StartAsync(ServiceProcess.DefaultReadinessTimeout, ct);

    /// <summary>Starts a killed service again: its dead process is reaped first, as an operator's restart would.</summary>
    public async Task RestartAfterCrashAsync(string name, CancellationToken ct)
    {
        await StopAsync(name);
        await StartAgainAsync(name, ct);
    }

    public bool IsRunning(string name) => this[name].IsRunning;

    public string OutputTails() => string.Join(Environment.NewLine, _groups.Select(g => g.OutputTails()));

    /// <summary>
    /// Stops every service of the scenario at once: nothing is observed after the scenario, so the order does not
    /// matter, and the teardown takes the slowest stop instead of the sum of them (about 0.15 s each).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        var stops = Services.Select(s => s.StopAsync(ServiceProcess.DefaultStopGrace)).ToList();
        _groups.Clear();
        try
        {
            await Task.WhenAll(stops);
        }
        catch
        {
            throw new AggregateException("Stopping the scenario's services failed", stops.Where(t => t.IsFaulted).SelectMany(t => t.Exception!.InnerExceptions));
        }
    }

    private ServiceProcess CreateProcess(ServiceSpec spec) => new(
        spec.Name,
        LiveDataExecutable.Arguments(["service", spec.Name, "--instrument", instrument.Name, "--topic-prefix", instrument.Namespace.Prefix, .. spec.Arguments]),
        spec.Readiness,
        broker.Environment.Concat(files.Environment).ToDictionary());
}
