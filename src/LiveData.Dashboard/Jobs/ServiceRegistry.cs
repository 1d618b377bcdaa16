using LiveData.Protocol.Status;

namespace LiveData.Dashboard.Jobs;

/// <summary>The latest service heartbeat per worker (<c>instrument:service:worker_id</c>).</summary>
public sealed class ServiceRegistry(TimeProvider clock)
{
    public static readonly TimeSpan StatusTimeout = TimeSpan.FromSeconds(30);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (ServiceStatus Status, DateTimeOffset ReceivedAt)> _workers = [];

    public IReadOnlyDictionary<string, ServiceStatus> WorkerStatuses
    {
        get
        {
            lock (_gate)
            {
                return _workers.ToDictionary(w => w.Key, w => w.Value.Status);
            }
        }
    }

    public void Record(ServiceStatus status)
    {
        lock (_gate)
        {
            _workers[status.WorkerKey] = (status, clock.GetUtcNow());
        }
    }

    /// <summary>A cleanly stopped worker is never stale: it said goodbye.</summary>
    public bool IsStatusStale(string workerKey)
    {
        lock (_gate)
        {
            return _workers.TryGetValue(workerKey, out var entry)
                && entry.Status.State != ServiceState.Stopped
                && clock.GetUtcNow() - entry.ReceivedAt > StatusTimeout;
        }
    }
}
