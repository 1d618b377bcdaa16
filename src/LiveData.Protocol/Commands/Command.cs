using System.Text.Json;
using LiveData.Core.Identity;

namespace LiveData.Protocol.Commands;

/// <summary>A JSON command on <c>{instrument}_livedata_commands</c>, discriminated by <c>kind</c>.</summary>
public abstract record Command(string MessageId);

/// <summary>"Configure and start one job" — one per source of a dashboard commit.</summary>
public sealed record WorkflowConfig(
    WorkflowId Identifier,
    string MessageId,
    JobId JobId,
    JobSchedule Schedule,
    IReadOnlyDictionary<string, string> AuxSourceNames,
    JsonElement Params) : Command(MessageId);

/// <summary>Data-time bounds of a job in ns since epoch; null means unbounded.</summary>
public sealed record JobSchedule(long? StartTime, long? EndTime)
{
    public static readonly JobSchedule Unbounded = new(null, null);
}

/// <summary>An action on jobs: by job id if set, else every job of a workflow, else every job of the worker.</summary>
public sealed record JobCommand(string MessageId, JobId? JobId, WorkflowId? WorkflowId, JobAction Action) : Command(MessageId)
{
    /// <summary>The acknowledgement's <c>device</c>: the job for a job-id command, "all" for selectors.</summary>
    public string Device => JobId?.ToString() ?? "all";
}

public enum JobAction
{
    Pause,
    Resume,
    Reset,
    Stop,
}
