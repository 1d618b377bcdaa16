using LiveData.Acceptance.Support.Broker;
using LiveData.Dashboard;
using LiveData.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>The scenario's headless dashboard, started on first use and stopped when the scenario ends.</summary>
public sealed class DashboardDriver(TestBroker broker, ScenarioInstrument instrument) : IAsyncDisposable
{
    private readonly ILoggerFactory _logging = NullLoggerFactory.Instance;
    private DashboardBackend? _backend;

    public bool IsStarted => _backend is not null;

    public DashboardBackend Backend => _backend ?? throw new InvalidOperationException("The dashboard has not been started in this scenario");

    public async Task<DashboardBackend> StartedAsync(CancellationToken ct)
    {
        if (_backend is null)
        {
            await TopicProvisioner.Create(broker.Settings, NullLogger.Instance)
                .EnsureTopicsAsync(InstrumentTopics.For(instrument.Name).All, 1, ct);
            var backend = new DashboardBackend(instrument.Name, broker.Settings, _logging);
            await backend.StartAsync(ct);
            _backend = backend;
        }
        return _backend;
    }

    public string Describe()
    {
        if (_backend is null)
        {
            return "dashboard: not started";
        }
        var keys = string.Join(", ", _backend.DataService.Keys.Select(k => k.ToString()).Order());
        var statuses = string.Join(", ", _backend.JobService.JobStatuses.Values.Select(s => $"{s.JobId}={s.State}"));
        return $"dashboard data keys: [{keys}]{Environment.NewLine}dashboard job statuses: [{statuses}]{Environment.NewLine}stale results dropped: {_backend.Generations.StaleCount}";
    }

    public async ValueTask DisposeAsync()
    {
        if (_backend is not null)
        {
            await _backend.DisposeAsync();
            _backend = null;
        }
    }
}
