namespace LiveData.Protocol.Status;

/// <summary>A backend job's state as reported in its heartbeat.</summary>
public enum JobState
{
    Scheduled,
    PendingContext,
    Active,
    Warning,
    Error,
    Finishing,
    Stopped,
}
