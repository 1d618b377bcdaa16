using System.Text.Json;
using LiveData.Core.Identity;
using LiveData.Dashboard.Commands;
using LiveData.Dashboard.Config;
using LiveData.Dashboard.Data;
using LiveData.Protocol.Commands;
using LiveData.Protocol.Status;

namespace LiveData.Dashboard.Jobs;

/// <summary>
/// Moves each workflow's <see cref="JobLifecycle"/> and reconciles the backend with it (upstream's ADR 0008):
/// a commit stops the previous jobs and starts fresh ones under a new job number, switching the data
/// generation before anything is sent; a stop ends them and deactivates the workflow at once. Heartbeats
/// are the observation feed: a running job the dashboard has no record of is adopted (no command sent),
/// one that contradicts the desired state is stopped again at most once per interval, and a job set
/// whose jobs all report stopped is ended by the backend.
/// </summary>
internal sealed class JobOrchestrator(
    CommandService commands,
    PendingCommandTracker pending,
    ActiveJobRegistry generations,
    DataService data,
    JobService jobs,
    IWorkflowConfigStore store,
    TimeProvider clock,
    TimeSpan stopReissueInterval)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<WorkflowId, WorkflowState> _workflows = [];
    private readonly JobStops _stops = new(jobs, clock, stopReissueInterval);

    public JobLifecycle Lifecycle(WorkflowId workflowId)
    {
        lock (_gate)
        {
            return State(workflowId).Lifecycle;
        }
    }

    /// <summary>What the dashboard keeps for the workflow, as this orchestrator last read or wrote it.</summary>
    public WorkflowRecord? Record(WorkflowId workflowId)
    {
        lock (_gate)
        {
            return State(workflowId).Record;
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
            var stops = _stops.For(workflowId, state.Lifecycle.Desired, sharedMessageId: null);
            batch = [.. stops, .. paramsBySource.Select(p => new WorkflowConfig(
                workflowId, messageId, new JobId(p.Key, jobSet.JobNumber), JobSchedule.Unbounded, new Dictionary<string, string>(), p.Value))];
            _stops.Note(stops);
            Persist(workflowId, state, new CurrentJobRecord(jobSet.JobNumber, paramsBySource));
            // Flip the generation before sending, so no result of an older job can slip in afterwards.
            Move(workflowId, state, state.Lifecycle.Commit(jobSet));
        }
        pending.Track(messageId, $"Start {workflowId}", paramsBySource.Count);
        commands.SendBatch(batch, ct);
        return jobSet.JobIds;
    }

    /// <summary>Stops the current jobs (and any other live job of the workflow); false if there was nothing to stop.</summary>
    public bool StopWorkflow(WorkflowId workflowId, CancellationToken ct)
    {
        var messageId = Guid.NewGuid().ToString();
        IReadOnlyList<JobCommand> stops;
        lock (_gate)
        {
            var state = State(workflowId);
            var jobSet = state.Lifecycle.Desired;
            stops = _stops.For(workflowId, jobSet, messageId);
            _stops.Note(stops);
            Persist(workflowId, state, currentJob: null);
            Move(workflowId, state, state.Lifecycle.StopByOperator());
            if (stops.Count == 0)
            {
                return false;
            }
            if (jobSet is not null)
            {
                pending.Track(messageId, $"Stop {workflowId}", jobSet.ParamsBySource.Count);
            }
        }
        commands.SendBatch(stops, ct);
        return true;
    }

    /// <summary>Asks the current jobs to clear their accumulated data; false if none is running.</summary>
    public bool ResetWorkflow(WorkflowId workflowId, CancellationToken ct)
    {
        var messageId = Guid.NewGuid().ToString();
        List<Command> batch;
        lock (_gate)
        {
            if (State(workflowId).Lifecycle.Desired is not { } jobSet)
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
            var lifecycle = state.Lifecycle;
            Move(status.WorkflowId, state, status.State != JobState.Stopped
                ? lifecycle.Adopt(status, state.Record?.CurrentJob)
                : AllReportStopped(lifecycle.Desired) ? lifecycle.EndByBackend() : lifecycle);
        }
    }

    /// <summary>Stops every fresh, running job that contradicts the desired state, at most once per interval per job.</summary>
    public void ReconcileObservedJobs(CancellationToken ct)
    {
        IReadOnlyList<JobCommand> stops;
        lock (_gate)
        {
            stops = _stops.Due(status => State(status.WorkflowId).Contradicts(status.JobId));
            _stops.Note(stops);
        }
        if (stops.Count > 0)
        {
            commands.SendBatch(stops, ct);
        }
    }

    private bool AllReportStopped(JobSet? jobSet)
    {
        var statuses = jobs.JobStatuses;
        return jobSet is not null && jobSet.JobIds.All(id => statuses.TryGetValue(id, out var s) && s.State == JobState.Stopped);
    }

    // Only results of the desired job number are shown: a new number starts a fresh generation (its old data
    // dropped), and nothing desired shows nothing.
    private void Move(WorkflowId workflowId, WorkflowState state, JobLifecycle next)
    {
        var before = state.Lifecycle.Desired?.JobNumber;
        state.Lifecycle = next;
        if (next.Desired is not { } desired)
        {
            generations.Deactivate(workflowId);
        }
        else if (desired.JobNumber != before)
        {
            generations.BeginGeneration(workflowId, desired.JobNumber);
            data.ClearWorkflow(workflowId);
        }
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
}
