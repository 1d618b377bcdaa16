namespace LiveData.Workflows.Unavailable;

/// <summary>A declared workflow LiveData cannot run yet; the message goes back in an ERR acknowledgement.</summary>
public sealed class WorkflowNotAvailableException(string message) : Exception(message);
