using LiveData.Identity;
using LiveData.Protocol.Status;

namespace LiveData.Dashboard.Jobs;

/// <summary>The latest heartbeat status per job (any job number) of known workflows, with when it arrived.</summary>
public sealed class JobService(TimeProvider clock)
{
    /// <summary>A job not heard from for this long is stale.</summary>
    public static readonly TimeSpan StatusTimeout = TimeSpan.FromSeconds(60);
    private readonly Lock _gate = new();
    private readonly Dictionary<JobId, (JobStatus Status, DateTimeOffset ReceivedAt)> _statuses = [];

    public IReadOnlyDictionary<JobId, JobStatus> JobStatuses
    {
        get
        {
            lock (_gate)
            {
                return _statuses.ToDictionary(s => s.Key, s => s.Value.Status);
            }
        }
    }

    public void Record(JobStatus status)
    {
        lock (_gate)
        {
            _statuses[status.JobId] = (status, clock.GetUtcNow());
        }
    }

    public bool IsStatusStale(JobId jobId)
    {
        lock (_gate)
        {
            return !_statuses.TryGetValue(jobId, out var entry) || clock.GetUtcNow() - entry.ReceivedAt > StatusTimeout;
        }
    }
}
