using LiveData.Core.Identity;
using LiveData.Dashboard.Jobs;
using LiveData.Protocol.Status;

namespace LiveData.Dashboard;

/// <summary>The jobs as the dashboard knows them: their latest heartbeats, and per workflow its job lifecycle and current job number.</summary>
public sealed class DashboardJobs
{
    private readonly JobService _jobs;
    private readonly ActiveJobRegistry _generations;
    private readonly JobOrchestrator _orchestrator;

    internal DashboardJobs(JobService jobs, ActiveJobRegistry generations, JobOrchestrator orchestrator) =>
        (_jobs, _generations, _orchestrator) = (jobs, generations, orchestrator);

    /// <summary>The latest heartbeat status per job (any job number) of the instrument's workflows.</summary>
    public IReadOnlyDictionary<JobId, JobStatus> Statuses => _jobs.JobStatuses;

    /// <summary>True if the job has not been heard from within the job status timeout (or never was).</summary>
    public bool IsStale(JobId jobId) => _jobs.IsStatusStale(jobId);

    /// <summary>How long ago the job's latest heartbeat arrived; null if none did.</summary>
    public TimeSpan? HeartbeatAge(JobId jobId) => _jobs.HeartbeatAge(jobId);

    /// <summary>The job number whose results the dashboard shows for the workflow; none while nothing is desired.</summary>
    public JobNumber? ActiveJobNumber(WorkflowId workflowId) => _generations.CurrentOf(workflowId);

    /// <summary>Where the workflow's jobs stand: idle, committed, adopted, stopped by the operator or ended by the backend.</summary>
    public JobLifecycle Lifecycle(WorkflowId workflowId) => _orchestrator.Lifecycle(workflowId);
}
