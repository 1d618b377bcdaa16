namespace LiveData.Protocol.Status;

/// <summary>What a service heartbeat says about one worker process; a running worker with a warning (e.g. records skipped) reports status code WARNING.</summary>
public sealed record ServiceStatus(
    string Instrument,
    string ServiceName,
    string WorkerId,
    ServiceState State,
    long StartedAt,
    int ActiveJobCount,
    string? Error,
    double BatchIntervalSeconds,
    StreamStatistics? StreamStats,
    string? Warning = null)
{
    /// <summary>The registry key upstream uses: <c>instrument:service_name:worker_id</c>.</summary>
    public string WorkerKey => $"{Instrument}:{ServiceName}:{WorkerId}";
}

/// <summary>Messages seen per (topic, source) over a window; <c>stream</c> is "&lt;error&gt;", "&lt;unmapped&gt;" or "&lt;skipped&gt;" for lost ones.</summary>
public sealed record StreamStatistics(double WindowSeconds, IReadOnlyList<StreamCount> Streams);

public sealed record StreamCount(string Topic, string SourceName, string Stream, long Count);
