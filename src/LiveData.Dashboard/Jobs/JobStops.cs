using LiveData.Core.Identity;
using LiveData.Protocol.Commands;
using LiveData.Protocol.Status;

namespace LiveData.Dashboard.Jobs;

/// <summary>
/// Which stop commands to send, and when each job was last sent one, so a job that keeps running against the
/// dashboard's wishes is told again at most once per interval. Computing stops changes nothing; only
/// <see cref="Note"/>, called once they are committed to be sent, does. Not thread-safe: the orchestrator's lock guards it.
/// </summary>
internal sealed class JobStops(JobService jobs, TimeProvider clock, TimeSpan reissueInterval)
{
    private readonly Dictionary<JobId, DateTimeOffset> _sent = [];

    /// <summary>
    /// Stops for <paramref name="jobSet"/> (sharing <paramref name="sharedMessageId"/> when its answers are
    /// tracked) plus fire-and-forget stops for any other job of the workflow that heartbeats show alive.
    /// </summary>
    public IReadOnlyList<JobCommand> For(WorkflowId workflowId, JobSet? jobSet, string? sharedMessageId)
    {
        var own = jobSet?.JobIds ?? [];
        return
        [
            .. own.Select(jobId => Stop(jobId, sharedMessageId)),
            .. jobs.JobStatuses.Values
                .Where(s => s.WorkflowId == workflowId && IsLive(s) && !own.Contains(s.JobId))
                .Select(s => Stop(s.JobId, null)),
        ];
    }

    /// <summary>Stops for every live job <paramref name="unwanted"/> picks whose last stop is at least one interval old.</summary>
    public IReadOnlyList<JobCommand> Due(Func<JobStatus, bool> unwanted)
    {
        var now = clock.GetUtcNow();
        return
        [
            .. jobs.JobStatuses.Values
                .Where(s => IsLive(s) && unwanted(s) && !(_sent.TryGetValue(s.JobId, out var sent) && now - sent < reissueInterval))
                .Select(s => Stop(s.JobId, null)),
        ];
    }

    /// <summary>Records that these stops are being sent now.</summary>
    public void Note(IEnumerable<JobCommand> stops)
    {
        var now = clock.GetUtcNow();
        foreach (var stop in stops)
        {
            if (stop.JobId is { } jobId)
            {
                _sent[jobId] = now;
            }
        }
    }

    private bool IsLive(JobStatus status) => status.State != JobState.Stopped && !jobs.IsStatusStale(status.JobId);

    private static JobCommand Stop(JobId jobId, string? messageId) => new(messageId ?? Guid.NewGuid().ToString(), jobId, null, JobAction.Stop);
}
