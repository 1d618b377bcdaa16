namespace LiveData.Protocol.Status;

/// <summary>NICOS status codes carried in the heartbeat's <c>status</c> field.</summary>
public static class StatusCodes
{
    public const int Ok = 200;
    public const int Warning = 210;
    public const int Busy = 220;
    public const int NotReached = 230;
    public const int Disabled = 235;
    public const int Error = 240;
    public const int Unknown = 999;

    public static int Of(JobState state) => state switch
    {
        JobState.Active or JobState.Finishing => Ok,
        JobState.Scheduled => Disabled,
        JobState.Warning or JobState.PendingContext => Warning,
        JobState.Error => Error,
        _ => Unknown,
    };

    public static int Of(ServiceState state) => state switch
    {
        ServiceState.Starting or ServiceState.Stopped => Disabled,
        ServiceState.Running => Ok,
        _ => Error,
    };

    /// <summary>A running worker with a warning reports WARNING, as a job in state warning does.</summary>
    public static int Of(ServiceStatus status) =>
        status is { State: ServiceState.Running, Warning: not null } ? Warning : Of(status.State);
}
