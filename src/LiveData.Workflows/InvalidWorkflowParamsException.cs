namespace LiveData.Workflows;

/// <summary>Parameters a workflow rejects; the message goes back to the dashboard in an ERR acknowledgement.</summary>
public sealed class InvalidWorkflowParamsException(string message) : Exception(message);
