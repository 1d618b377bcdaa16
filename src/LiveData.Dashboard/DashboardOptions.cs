using LiveData.Messaging.Topics;


namespace LiveData.Dashboard;

/// <summary>
/// The dashboard's time limits (upstream's constants by default) and where it persists workflow records.
/// Shorter limits are for acceptance scenarios that want to see a timeout without waiting minutes.
/// </summary>
public sealed record DashboardOptions
{
    /// <summary>A job not heard from for this long is stale.</summary>
    public TimeSpan JobStatusTimeout { get; init; } = Jobs.JobService.StatusTimeout;

    /// <summary>A worker not heard from for this long is stale (unless it said it stopped).</summary>
    public TimeSpan ServiceStatusTimeout { get; init; } = Jobs.ServiceRegistry.StatusTimeout;

    /// <summary>A command not fully acknowledged within this time expires with an error notification.</summary>
    public TimeSpan PendingCommandTimeout { get; init; } = Commands.PendingCommandTracker.Timeout;

    /// <summary>A job that keeps running against the dashboard's wishes is sent another stop at most this often.</summary>
    public TimeSpan StopReissueInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The prefix of every topic the dashboard reads and writes; none gives upstream's names.</summary>
    public TopicNamespace TopicNamespace { get; init; } = TopicNamespace.None;

    /// <summary>Where workflow records are kept (<c>&lt;dir&gt;/&lt;instrument&gt;/workflow_configs.yaml</c>, upstream's layout); null keeps them in memory.</summary>
    public string? ConfigDirectory { get; init; }
}
