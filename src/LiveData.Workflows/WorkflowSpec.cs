using LiveData.Core.Identity;

namespace LiveData.Workflows;

/// <summary>What a workflow declares: where it runs, which sources it accepts, what it outputs, how it is built.</summary>
public sealed record WorkflowSpec(
    WorkflowId Id,
    string ServiceName,
    string Title,
    IReadOnlyList<string> SourceNames,
    IReadOnlyList<OutputSpec> Outputs,
    IWorkflowFactory Factory,
    bool SupportsReset = true)
{
    /// <summary>The streams the workflow reads besides its source, by role; the job routes their data to it.</summary>
    public IReadOnlyList<AuxSource> AuxSources { get; init; } = [];

    /// <summary>
    /// The f144 logs (or devices) the workflow reads as context besides its data, e.g. a sample rotation, as upstream's
    /// context keys; the job routes their samples to it, those retained before it started too.
    /// </summary>
    public IReadOnlyList<string> ContextStreams { get; init; } = [];

    public OutputSpec? Output(string name) => Outputs.FirstOrDefault(o => o.Name == name);
}
