namespace LiveData.Wire.X5f2;

/// <summary>An x5f2 status (heartbeat) message. <paramref name="UpdateInterval"/> is in milliseconds.</summary>
public sealed record X5f2Status(
    string SoftwareName,
    string SoftwareVersion,
    string ServiceId,
    string HostName,
    uint ProcessId,
    uint UpdateInterval,
    string StatusJson);
