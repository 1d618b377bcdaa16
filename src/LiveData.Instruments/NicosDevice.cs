using LiveData.Core.Identity;

namespace LiveData.Instruments;

/// <summary>
/// One workflow output NICOS reads as a derived device: republished under a stable device name, free of the
/// job number, so the device keeps its identity across restarts and reconfigurations.
/// </summary>
public sealed record NicosDevice(string DeviceName, WorkflowId WorkflowId, string SourceName, string OutputName);
