using LiveData.Core.Identity;

namespace LiveData.Protocol.Status;

/// <summary>What a job heartbeat says about one job.</summary>
public sealed record JobStatus(JobId JobId, WorkflowId WorkflowId, JobState State, string? Warning, string? Error, long? StartTime, long? EndTime);
