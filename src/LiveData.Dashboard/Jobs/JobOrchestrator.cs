using System.Text.Json;
using LiveData.Dashboard.Commands;
using LiveData.Dashboard.Config;
using LiveData.Dashboard.Data;
using LiveData.Core.Identity;
using LiveData.Protocol.Commands;
using LiveData.Protocol.Status;

namespace LiveData.Dashboard.Jobs;

/// <summary>
/// Owns the desired job set of each workflow and reconciles the backend with it (upstream's ADR 0008):
/// a commit stops the previous jobs and starts fresh ones under a new job number, switching the data
/// generation before anything is sent; a stop ends them and deactivates the workflow at once. Heartbeats
/// are the observation feed: a running job the dashboard has no record of is adopted (no command sent),
/// one that contradicts the desired state is stopped again at most once per interval, and a job set
/// whose jobs all report stopped is deactivated.
/// </summary>
public sealed class JobOrchestrator(
    CommandService commands,
    PendingCommandTracker pending,
    ActiveJobRegistry generations,
    DataService data,
    JobService jobs,
    IWorkflowConfigStore store,
    TimeProvider clock,
    TimeSpan stopReissueInterval)
{
    public const string BackendShutdown = "backend_shutdown";
    private readonly Lock _gate = new();
    private readonly Dictionary<WorkflowId, WorkflowState> _workflows = [];
    private readonly Dictionary<JobId, DateTimeOffset> _stopsSent = [];

    public JobNumber? GetActiveJobNumber(WorkflowId workflowId) => generations.CurrentOf(workflowId);

    public JobSet? GetActiveJobSet(WorkflowId workflowId)
    {
        lock (_gate)
        {
            return State(workflowId).Desired;
        }
    }

    /// <summary>Why the workflow is not running, when the backend rather than the operator ended it.</summary>
    public string? GetStoppedReason(WorkflowId workflowId)
    {
        lock (_gate)
        {
            return State(workflowId).StoppedReason;
        }
    }

    public IReadOnlyList<JobId> CommitWorkflow(WorkflowId workflowId, IReadOnlyDictionary<string, JsonElement> paramsBySource, CancellationToken ct)
    {
        var jobSet = new JobSet(JobNumber.New(), paramsBySource);
        var messageId = Guid.NewGuid().ToString();
        List<Command> batch;
        lock (_gate)
        {
            var state = State(workflowId);
            batch = [.. StopsFor(workflowId, state.Desired, messageIdOverride: null)];
            batch.AddRange(paramsBySource.Select(p => new WorkflowConfig(
                workflowId, messageId, new JobId(p.Key, jobSet.JobNumber), JobSchedule.Unbounded, new Dictionary<string, string>(), p.Value)));
            (state.Desired, state.Adopted, state.StoppedByOperator, state.StoppedReason) = (jobSet, false, false, null);
            Persist(workflowId, state, new CurrentJobRecord(jobSet.JobNumber, paramsBySource));
            // Flip the generation before sending, so no result of an older job can slip in afterwards.
            BeginGeneration(workflowId, jobSet.JobNumber);
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
            var state = State(workflowId);
            var jobSet = state.Desired;
            batch = [.. StopsFor(workflowId, jobSet, messageId)];
            (state.Desired, state.Adopted, state.StoppedByOperator) = (null, false, true);
            Persist(workflowId, state, currentJob: null);
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

    /// <summary>Asks the current jobs to clear their accumulated data; false if none is running.</summary>
    public bool ResetWorkflow(WorkflowId workflowId, CancellationToken ct)
    {
        var messageId = Guid.NewGuid().ToString();
        List<Command> batch;
        lock (_gate)
        {
            if (State(workflowId).Desired is not { } jobSet)
            {
                return false;
            }
            batch = [.. jobSet.JobIds.Select(id => new JobCommand(messageId, id, null, JobAction.Reset))];
            pending.Track(messageId, $"Reset {workflowId}", batch.Count);
        }
        commands.SendBatch(batch, ct);
        return true;
    }

    /// <summary>Adoption and backend shutdown, driven by each job heartbeat of a known workflow.</summary>
    public void Observe(JobStatus status)
    {
        lock (_gate)
        {
            var state = State(status.WorkflowId);
            if (status.State == JobState.Stopped)
            {
                DeactivateIfAllStopped(status.WorkflowId, state);
            }
            else if (state.Desired is { } desired)
            {
                FollowAdopted(status, state, desired);
            }
            else if (!state.StoppedByOperator)
            {
                Adopt(status, state);
            }
        }
    }

    /// <summary>Stops every fresh, running job that contradicts the desired state, at most once per interval per job.</summary>
    public void ReconcileObservedJobs(CancellationToken ct)
    {
        var stops = new List<Command>();
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            foreach (var status in jobs.JobStatuses.Values)
            {
                if (status.State == JobState.Stopped || jobs.IsStatusStale(status.JobId) || !Contradicts(status)
                    || (_stopsSent.TryGetValue(status.JobId, out var sent) && now - sent < stopReissueInterval))
                {
                    continue;
                }
                stops.Add(new JobCommand(Guid.NewGuid().ToString(), status.JobId, null, JobAction.Stop));
                _stopsSent[status.JobId] = now;
            }
        }
        if (stops.Count > 0)
        {
            commands.SendBatch(stops, ct);
        }
    }

    private bool Contradicts(JobStatus status)
    {
        var state = State(status.WorkflowId);
        var desired = state.Desired?.JobNumber ?? state.Record?.CurrentJob?.JobNumber;
        return desired is { } number ? status.JobId.JobNumber != number : state.StoppedByOperator;
    }

    private void Adopt(JobStatus status, WorkflowState state)
    {
        var number = status.JobId.JobNumber;
        if (state.Record?.CurrentJob is { } current)
        {
            // The job this dashboard (or its predecessor) started: re-attach with the recorded parameters.
            if (current.JobNumber == number)
            {
                state.Desired = new JobSet(number, current.Jobs);
                BeginGeneration(status.WorkflowId, number);
            }
            return;
        }
        state.Desired = new JobSet(number, new Dictionary<string, JsonElement> { [status.JobId.SourceName] = EmptyParams() });
        (state.Adopted, state.AdoptedStartTime) = (true, status.StartTime ?? 0);
        BeginGeneration(status.WorkflowId, number);
    }

    // More sources of an adopted job join it; among several unrecorded jobs the latest start wins.
    private void FollowAdopted(JobStatus status, WorkflowState state, JobSet desired)
    {
        if (!state.Adopted)
        {
            return;
        }
        if (status.JobId.JobNumber == desired.JobNumber)
        {
            if (!desired.ParamsBySource.ContainsKey(status.JobId.SourceName))
            {
                state.Desired = desired with { ParamsBySource = new Dictionary<string, JsonElement>(desired.ParamsBySource) { [status.JobId.SourceName] = EmptyParams() } };
            }
        }
        else if ((status.StartTime ?? 0) > state.AdoptedStartTime)
        {
            state.Desired = null;
            Adopt(status, state);
        }
    }

    private void DeactivateIfAllStopped(WorkflowId workflowId, WorkflowState state)
    {
        if (state.Desired is not { } desired)
        {
            return;
        }
        var statuses = jobs.JobStatuses;
        if (desired.JobIds.All(id => statuses.TryGetValue(id, out var s) && s.State == JobState.Stopped))
        {
            (state.Desired, state.StoppedReason) = (null, BackendShutdown);
            generations.Deactivate(workflowId);
        }
    }

    // Stops for the given job set (sharing one message id when tracked) plus fire-and-forget stops for
    // any other job of this workflow that heartbeats show alive.
    private IEnumerable<Command> StopsFor(WorkflowId workflowId, JobSet? jobSet, string? messageIdOverride)
    {
        var now = clock.GetUtcNow();
        var own = jobSet?.JobIds ?? [];
        var observed = jobs.JobStatuses.Values
            .Where(s => s.WorkflowId == workflowId && s.State != JobState.Stopped && !own.Contains(s.JobId) && !jobs.IsStatusStale(s.JobId))
            .Select(s => s.JobId);
        foreach (var jobId in own)
        {
            _stopsSent[jobId] = now;
            yield return new JobCommand(messageIdOverride ?? Guid.NewGuid().ToString(), jobId, null, JobAction.Stop);
        }
        foreach (var jobId in observed.ToList())
        {
            _stopsSent[jobId] = now;
            yield return new JobCommand(Guid.NewGuid().ToString(), jobId, null, JobAction.Stop);
        }
    }

    private void BeginGeneration(WorkflowId workflowId, JobNumber jobNumber)
    {
        generations.BeginGeneration(workflowId, jobNumber);
        data.ClearWorkflow(workflowId);
    }

    private void Persist(WorkflowId workflowId, WorkflowState state, CurrentJobRecord? currentJob)
    {
        var jobsBySource = currentJob?.Jobs ?? state.Record?.Jobs ?? new Dictionary<string, JsonElement>();
        state.Record = new WorkflowRecord(jobsBySource, currentJob);
        store.Set(workflowId, state.Record);
    }

    private WorkflowState State(WorkflowId workflowId)
    {
        if (!_workflows.TryGetValue(workflowId, out var state))
        {
            state = new WorkflowState(store.Get(workflowId));
            _workflows[workflowId] = state;
        }
        return state;
    }

    private static JsonElement EmptyParams() => JsonSerializer.SerializeToElement(new Dictionary<string, object>());
}
