using System.Text.Json;
using LiveData.Core.Identity;
using LiveData.Instruments;
using LiveData.Workflows;

namespace LiveData.Dashboard.Jobs;

/// <summary>Starts and stops workflows of one instrument by their specs.</summary>
public sealed class WorkflowController(Instrument instrument, JobOrchestrator orchestrator)
{
    public WorkflowSpec GetWorkflowSpec(WorkflowId workflowId) =>
        instrument.FindWorkflow(workflowId)
        ?? throw new ArgumentException($"Unknown workflow {workflowId}. Known: {string.Join(", ", instrument.Workflows.Select(w => w.Id))}");

    /// <summary>
    /// Starts one job per source under a fresh job number (replacing any running ones) and returns their
    /// ids in source order. <paramref name="parameters"/> defaults to the workflow's defaults.
    /// </summary>
    public IReadOnlyList<JobId> StartWorkflow(WorkflowId workflowId, IReadOnlyList<string> sourceNames, JsonElement? parameters, CancellationToken ct)
    {
        var spec = GetWorkflowSpec(workflowId);
        if (sourceNames.Count == 0)
        {
            return [];
        }
        var config = parameters ?? spec.Factory.DefaultParams;
        return orchestrator.CommitWorkflow(workflowId, sourceNames.Distinct().ToDictionary(s => s, _ => config), ct);
    }

    public bool StopWorkflow(WorkflowId workflowId, CancellationToken ct) => orchestrator.StopWorkflow(workflowId, ct);
}
