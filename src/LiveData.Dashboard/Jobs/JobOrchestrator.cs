using System.Text.Json;
using LiveData.Dashboard.Commands;
using LiveData.Dashboard.Data;
using LiveData.Identity;
using LiveData.Protocol.Commands;
using LiveData.Protocol.Status;

namespace LiveData.Dashboard.Jobs;

/// <summary>
/// Owns the desired job set of each workflow and turns operator intent into commands: a commit stops the
/// previous jobs and starts fresh ones under a new job number, switching the data generation before
/// anything is sent; a stop ends the current jobs and deactivates the workflow at once.
/// </summary>
public sealed class JobOrchestrator(
    CommandService commands,
    PendingCommandTracker pending,
    ActiveJobRegistry generations,
    DataService data,
    JobService jobs)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<WorkflowId, JobSet> _current = [];

    public JobNumber? GetActiveJobNumber(WorkflowId workflowId) => generations.CurrentOf(workflowId);

    public JobSet? GetActiveJobSet(WorkflowId workflowId)
    {
        lock (_gate)
        {
            return _current.GetValueOrDefault(workflowId);
        }
    }

    public IReadOnlyList<JobId> CommitWorkflow(WorkflowId workflowId, IReadOnlyDictionary<string, JsonElement> paramsBySource, CancellationToken ct)
    {
        var jobSet = new JobSet(JobNumber.New(), paramsBySource);
        var messageId = Guid.NewGuid().ToString();
        List<Command> batch;
        lock (_gate)
        {
            batch = [.. StopsFor(workflowId, _current.GetValueOrDefault(workflowId), messageIdOverride: null)];
            batch.AddRange(paramsBySource.Select(p => new WorkflowConfig(
                workflowId, messageId, new JobId(p.Key, jobSet.JobNumber), JobSchedule.Unbounded, new Dictionary<string, string>(), p.Value)));
            _current[workflowId] = jobSet;
            // Flip the generation before sending, so no result of an older job can slip in afterwards.
            generations.BeginGeneration(workflowId, jobSet.JobNumber);
            data.ClearWorkflow(workflowId);
        }
        pending.Track(messageId, $"Start {workflowId}", paramsBySource.Count);
        commands.SendBatch(batch, ct);
        return jobSet.JobIds;
    }

    /// <summary>Stops the current jobs (and any other live job of the workflow); false if there was nothing to stop.</summary>
    public bool StopWorkflow(WorkflowId workflowId, CancellationToken ct)
    {
        var messageId = Guid.NewGuid().ToString();
        List<Command> batch;
        lock (_gate)
        {
            _current.Remove(workflowId, out var jobSet);
            batch = [.. StopsFor(workflowId, jobSet, messageId)];
            generations.Deactivate(workflowId);
            if (batch.Count == 0)
            {
                return false;
            }
            if (jobSet is not null)
            {
                pending.Track(messageId, $"Stop {workflowId}", jobSet.ParamsBySource.Count);
            }
        }
        commands.SendBatch(batch, ct);
        return true;
    }

    // Stops for the given job set (sharing one message id when tracked) plus fire-and-forget stops for
    // any other job of this workflow that heartbeats show alive.
    private IEnumerable<Command> StopsFor(WorkflowId workflowId, JobSet? jobSet, string? messageIdOverride)
    {
        var own = jobSet?.JobIds ?? [];
        foreach (var jobId in own)
        {
            yield return new JobCommand(messageIdOverride ?? Guid.NewGuid().ToString(), jobId, null, JobAction.Stop);
        }
        var observed = jobs.JobStatuses.Values
            .Where(s => s.WorkflowId == workflowId && s.State != JobState.Stopped && !own.Contains(s.JobId) && !jobs.IsStatusStale(s.JobId));
        foreach (var status in observed)
        {
            yield return new JobCommand(Guid.NewGuid().ToString(), status.JobId, null, JobAction.Stop);
        }
    }
}
