using System.Text.Json;

namespace LiveData.Workflows;

/// <summary>Validates a job's parameters and builds the workflow instance for one source.</summary>
public interface IWorkflowFactory
{
    /// <exception cref="InvalidWorkflowParamsException">the parameters are not valid for this workflow.</exception>
    /// <param name="files">The instrument's geometry and other files, for workflows that need them.</param>
    /// <exception cref="Unavailable.WorkflowNotAvailableException">a file the workflow needs is missing.</exception>
    IWorkflow Create(string sourceName, JsonElement parameters, IInstrumentFiles files);

    /// <summary>Builds the workflow of a spec with <see cref="WorkflowSpec.AuxSources"/>: the stream chosen per role.</summary>
    IWorkflow Create(string sourceName, IReadOnlyDictionary<string, string> auxSources, JsonElement parameters, IInstrumentFiles files) =>
        Create(sourceName, parameters, files);

    /// <summary>The default parameters as JSON, as a dashboard would send them.</summary>
    JsonElement DefaultParams { get; }
}
