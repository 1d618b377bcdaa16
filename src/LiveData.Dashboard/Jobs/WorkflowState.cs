using LiveData.Dashboard.Config;

namespace LiveData.Dashboard.Jobs;

/// <summary>What the dashboard wants of one workflow, and how it came to want it.</summary>
internal sealed class WorkflowState(WorkflowRecord? record)
{
    /// <summary>The persisted record, loaded once; this dashboard is the only writer while it runs.</summary>
    public WorkflowRecord? Record { get; set; } = record;

    /// <summary>The job set that should be running: committed here, re-attached from the record, or adopted.</summary>
    public JobSet? Desired { get; set; }

    /// <summary>Desired was adopted from heartbeats with no record of its parameters.</summary>
    public bool Adopted { get; set; }

    public long AdoptedStartTime { get; set; }

    /// <summary>The operator stopped it in this session: any job still running is to be stopped.</summary>
    public bool StoppedByOperator { get; set; }

    public string? StoppedReason { get; set; }
}
