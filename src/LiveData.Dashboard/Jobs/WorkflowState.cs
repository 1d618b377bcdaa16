using LiveData.Core.Identity;
using LiveData.Dashboard.Config;

namespace LiveData.Dashboard.Jobs;

/// <summary>What the dashboard wants of one workflow: its persisted record and where its job lifecycle stands.</summary>
internal sealed class WorkflowState(WorkflowRecord? record)
{
    /// <summary>The persisted record, loaded once; this dashboard is the only writer while it runs.</summary>
    public WorkflowRecord? Record { get; set; } = record;

    public JobLifecycle Lifecycle { get; set; } = new JobLifecycle.Idle();

    /// <summary>
    /// A running job is unwanted if it is not the desired (or, before re-attaching, the recorded) job, or if
    /// the operator stopped the workflow and wants nothing running.
    /// </summary>
    public bool Contradicts(JobId jobId) =>
        (Lifecycle.Desired?.JobNumber ?? Record?.CurrentJob?.JobNumber) is { } wanted
            ? jobId.JobNumber != wanted
            : Lifecycle is JobLifecycle.StoppedByOperator;
}
