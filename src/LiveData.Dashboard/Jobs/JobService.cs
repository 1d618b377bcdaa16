using LiveData.Core.Identity;
using LiveData.Protocol.Status;

namespace LiveData.Dashboard.Jobs;

/// <summary>The latest heartbeat status per job (any job number) of known workflows, with when it arrived.</summary>
internal sealed class JobService(TimeProvider clock, TimeSpan? statusTimeout = null)
{
    /// <summary>A job not heard from for this long is stale.</summary>
    public static readonly TimeSpan StatusTimeout = TimeSpan.FromSeconds(60);
    private readonly StatusLedger<JobId, JobStatus> _statuses = new(clock);

    public IReadOnlyDictionary<JobId, JobStatus> JobStatuses => _statuses.Latest;

    public void Record(JobStatus status) => _statuses.Record(status.JobId, status);

    /// <summary>How long ago the job's latest heartbeat arrived; null if none did.</summary>
    public TimeSpan? HeartbeatAge(JobId jobId) => _statuses.TryGet(jobId, out _, out var age) ? age : null;

    public bool IsStatusStale(JobId jobId) => !_statuses.TryGet(jobId, out _, out var age) || age > (statusTimeout ?? StatusTimeout);
}
