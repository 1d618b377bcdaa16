using System.Text.Json;

namespace LiveData.Workflows;

/// <summary>Validates a job's parameters and builds the workflow instance for one source.</summary>
public interface IWorkflowFactory
{
    /// <exception cref="InvalidWorkflowParamsException">the parameters are not valid for this workflow.</exception>
    IWorkflow Create(string sourceName, JsonElement parameters);

    /// <summary>The default parameters as JSON, as a dashboard would send them.</summary>
    JsonElement DefaultParams { get; }
}
