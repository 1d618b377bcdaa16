using System.Text.Json;
using LiveData.Core.Identity;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.Unavailable;

/// <summary>
/// A workflow upstream offers that needs neutron physics LiveData does not have (powder, I(Q), Q-maps).
/// It is declared so the dashboard lists it and its service answers a start with an ERR that says why,
/// instead of the silence an unknown workflow gets.
/// </summary>
public sealed class UnavailableWorkflow(WorkflowId id, string needs) : IWorkflowFactory
{
    public JsonElement DefaultParams => NoParams.Default;

    public static WorkflowSpec Spec(WorkflowId id, string serviceName, string title, IReadOnlyList<string> sources, IReadOnlyList<OutputSpec> outputs, string needs) =>
        new(id, serviceName, title, sources, outputs, new UnavailableWorkflow(id, needs));

    public IWorkflow Create(string sourceName, JsonElement parameters, IInstrumentFiles files) =>
        throw new WorkflowNotAvailableException($"{id.Name} is not available in LiveData yet (needs {needs})");
}
