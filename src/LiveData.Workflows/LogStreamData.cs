namespace LiveData.Workflows;

/// <summary>Samples of one f144 log, in arrival order.</summary>
public sealed record LogStreamData(string StreamName, IReadOnlyList<LogSample> Samples) : StreamData(StreamName);

/// <summary>One log value at its data time (ns since epoch); a device's sample also carries its setpoint and idle flag when it has them.</summary>
public readonly record struct LogSample(long TimeNs, double Value, double? Target = null, bool? Idle = null);
