using LiveData.Protocol.Status;

namespace LiveData.Dashboard.Jobs;

/// <summary>The latest service heartbeat per worker (<c>instrument:service:worker_id</c>).</summary>
public sealed class ServiceRegistry(TimeProvider clock, TimeSpan? statusTimeout = null)
{
    public static readonly TimeSpan StatusTimeout = TimeSpan.FromSeconds(30);
    private readonly StatusLedger<string, ServiceStatus> _workers = new(clock);

    public IReadOnlyDictionary<string, ServiceStatus> WorkerStatuses => _workers.Latest;

    public void Record(ServiceStatus status) => _workers.Record(status.WorkerKey, status);

    /// <summary>A cleanly stopped worker is never stale: it said goodbye.</summary>
    public bool IsStatusStale(string workerKey) =>
        _workers.TryGet(workerKey, out var status, out var age) && status.State != ServiceState.Stopped && age > (statusTimeout ?? StatusTimeout);
}
