namespace LiveData.Wire.F144;

/// <summary>An f144 log message: a process variable's value at <paramref name="Timestamp"/> (ns since epoch).</summary>
public sealed record F144LogData(string SourceName, long Timestamp, F144Value Value);
