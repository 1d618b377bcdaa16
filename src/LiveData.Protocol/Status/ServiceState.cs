namespace LiveData.Protocol.Status;

/// <summary>A backend worker's state as reported in its service heartbeat.</summary>
public enum ServiceState
{
    Starting,
    Running,
    Stopped,
    Error,
}
