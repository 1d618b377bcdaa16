namespace LiveData.Acceptance.Support.Waiting;

/// <summary>A condition was not met in time; the message says what was awaited and what was seen last.</summary>
public sealed class WaitTimeoutException(string message, Exception? lastError = null) : Exception(message, lastError);
