using LiveData.Dashboard.Jobs;
using LiveData.Protocol.Status;

namespace LiveData.Dashboard;

/// <summary>The backend workers as their heartbeats show them, keyed <c>instrument:service:worker_id</c>.</summary>
public sealed class DashboardWorkers
{
    private readonly ServiceRegistry _services;

    internal DashboardWorkers(ServiceRegistry services) => _services = services;

    public IReadOnlyDictionary<string, ServiceStatus> Statuses => _services.WorkerStatuses;

    /// <summary>True if a worker that has not said goodbye was not heard from within the service status timeout.</summary>
    public bool IsStale(string workerKey) => _services.IsStatusStale(workerKey);
}
