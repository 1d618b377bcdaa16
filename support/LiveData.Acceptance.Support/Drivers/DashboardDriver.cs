using LiveData.Acceptance.Support.Broker;
using LiveData.Core.Identity;
using LiveData.Dashboard;
using LiveData.Dashboard.Config;
using LiveData.Messaging.Topics;
using Microsoft.Extensions.Logging.Abstractions;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// The scenario's headless dashboard: started on first use with the options the scenario set, replaceable
/// by a fresh one (as when an operator restarts it), stopped when the scenario ends.
/// </summary>
public sealed class DashboardDriver(TestBroker broker, ScenarioInstrument instrument, TopicDriver topics) : IAsyncDisposable
{
    private DashboardBackend? _backend;
    private string? _configDirectory;

    public DashboardOptions Options { get; private set; } = new() { TopicNamespace = instrument.Namespace };

    public bool IsStarted => _backend is not null;

    public DashboardBackend Backend => _backend ?? throw new InvalidOperationException("The dashboard has not been started in this scenario");

    /// <summary>Changes the options of dashboards started from now on.</summary>
    public void Configure(Func<DashboardOptions, DashboardOptions> change) => Options = change(Options);

    /// <summary>Makes dashboards keep their workflow records in a directory of this scenario's own.</summary>
    public void KeepRecordsInDirectory()
    {
        _configDirectory = Directory.CreateTempSubdirectory("livedata-dashboard-").FullName;
        Configure(o => o with { ConfigDirectory = _configDirectory });
    }

    public async Task<DashboardBackend> StartedAsync(CancellationToken ct)
    {
        if (_backend is null)
        {
            await TopicProvisioner.Create(broker.Settings, NullLogger.Instance)
                .EnsureTopicsAsync(instrument.Topics.All, 1, ct);
            var backend = new DashboardBackend(instrument.Name, broker.Settings, NullLoggerFactory.Instance, Options);
            await backend.StartAsync(ct);
            _backend = backend;
        }
        return _backend;
    }

    /// <summary>Stops the dashboard the way an operator closes it: no commands are sent.</summary>
    public async Task CloseAsync()
    {
        if (_backend is not null)
        {
            await _backend.DisposeAsync();
            _backend = null;
        }
    }

    /// <summary>
    /// Opens a new dashboard (with the records kept on disk, if any), noting where the commands stood, so that
    /// <see cref="CommandsSinceOpenedAsync"/> can prove it sent none of its own accord.
    /// </summary>
    public async Task OpenNewAsync(CancellationToken ct)
    {
        await topics.MarkAsync(topics.Topics.Commands, ct);
        await StartedAsync(ct);
    }

    /// <summary>Closes the dashboard and opens a new one, as an operator restarting it.</summary>
    public async Task ReplaceAsync(CancellationToken ct)
    {
        await CloseAsync();
        await OpenNewAsync(ct);
    }

    /// <summary>How many commands were sent since the dashboard opened (or since a workflow was last started or stopped).</summary>
    public Task<long> CommandsSinceOpenedAsync(CancellationToken ct) => topics.SinceMarkAsync(topics.Topics.Commands, ct);

    /// <summary>Forgets which job the dashboard wanted running, as if that part of its record was lost.</summary>
    public void LoseCurrentJobRecord(WorkflowId workflowId)
    {
        var store = new FileWorkflowConfigStore(_configDirectory ?? throw new InvalidOperationException("The dashboard keeps no records on disk"), instrument.Name);
        var record = store.Get(workflowId) ?? throw new InvalidOperationException($"No record of {workflowId} in {store.FilePath}");
        if (record.CurrentJob is null)
        {
            throw new InvalidOperationException($"The record of {workflowId} has no current job to lose");
        }
        store.Set(workflowId, record with { CurrentJob = null });
    }

    public string Describe()
    {
        if (_backend is null)
        {
            return "dashboard: not started";
        }
        var keys = string.Join(", ", _backend.Results.Keys.Select(k => k.ToString()).Order());
        var statuses = string.Join(", ", _backend.Jobs.Statuses.Values.Select(s => $"{s.JobId}={s.State}"));
        var workers = string.Join(", ", _backend.Workers.Statuses.Values.Select(w => $"{w.ServiceName}:{w.WorkerId}={w.State}"));
        return $"dashboard data keys: [{keys}]{Environment.NewLine}dashboard job statuses: [{statuses}]{Environment.NewLine}dashboard workers: [{workers}]{Environment.NewLine}stale results dropped: {_backend.Results.StaleDropped}, results skipped (deleted by the broker before fetched): {_backend.Results.Skipped}";
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        if (_configDirectory is not null && Directory.Exists(_configDirectory))
        {
            Directory.Delete(_configDirectory, recursive: true);
        }
    }
}
