using LiveData.Protocol.Status;

namespace LiveData.Dashboard.Jobs;

/// <summary>The latest service heartbeat per worker (<c>instrument:service:worker_id</c>).</summary>
internal sealed class ServiceRegistry(TimeProvider clock, TimeSpan? statusTimeout = null)
{
    public static readonly TimeSpan StatusTimeout = TimeSpan.FromSeconds(30);
    private readonly StatusLedger<string, ServiceStatus> _workers = new(clock);

    public IReadOnlyDictionary<string, ServiceStatus> WorkerStatuses => _workers.Latest;

    /// <summary>Stream statistics come only about every 30 s; a heartbeat without them keeps the last ones shown.</summary>
    public void Record(ServiceStatus status)
    {
        if (status.StreamStats is null && _workers.TryGet(status.WorkerKey, out var previous, out _) && previous.StreamStats is { } kept)
        {
            status = status with { StreamStats = kept };
        }
        _workers.Record(status.WorkerKey, status);
    }

    /// <summary>A cleanly stopped worker is never stale: it said goodbye.</summary>
    public bool IsStatusStale(string workerKey) =>
        _workers.TryGet(workerKey, out var status, out var age) && status.State != ServiceState.Stopped && age > (statusTimeout ?? StatusTimeout);
}
