namespace LiveData.Processes;

/// <summary>A service process exited or timed out before it was ready; the message carries its output tail.</summary>
public sealed class ServiceStartException(string message) : Exception(message);
