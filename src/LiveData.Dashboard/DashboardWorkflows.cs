using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using LiveData.Core.Identity;
using LiveData.Dashboard.Commands;
using LiveData.Dashboard.Config;
using LiveData.Dashboard.Jobs;
using LiveData.Dashboard.Rois;
using LiveData.Instruments;
using LiveData.Protocol.Rois;
using LiveData.Workflows;

namespace LiveData.Dashboard;

/// <summary>What an operator does to the workflows of one instrument (start, stop, reset, draw ROIs) and the verdicts the services send back.</summary>
public sealed class DashboardWorkflows
{
    private readonly Instrument _instrument;
    private readonly JobOrchestrator _orchestrator;
    private readonly RoiPublisher _rois;
    private readonly PendingCommandTracker _pending;

    internal DashboardWorkflows(Instrument instrument, JobOrchestrator orchestrator, RoiPublisher rois, PendingCommandTracker pending) =>
        (_instrument, _orchestrator, _rois, _pending) = (instrument, orchestrator, rois, pending);

    public WorkflowSpec Spec(WorkflowId workflowId) =>
        _instrument.FindWorkflow(workflowId)
        ?? throw new ArgumentException($"Unknown workflow {workflowId}. Known: {string.Join(", ", _instrument.Workflows.Select(w => w.Id))}");

    /// <summary>
    /// Starts one job per source under a fresh job number (replacing any running ones) and returns their
    /// ids in source order. <paramref name="parameters"/> defaults to the workflow's defaults.
    /// </summary>
    public IReadOnlyList<JobId> Start(WorkflowId workflowId, IReadOnlyList<string> sourceNames, JsonElement? parameters, CancellationToken ct)
    {
        var spec = Spec(workflowId);
        if (sourceNames.Count == 0)
        {
            return [];
        }
        var config = parameters ?? spec.Factory.DefaultParams;
        return _orchestrator.CommitWorkflow(workflowId, sourceNames.Distinct().ToDictionary(s => s, _ => config), ct);
    }

    /// <summary>Stops the current jobs (and any other live job of the workflow); false if there was nothing to stop.</summary>
    public bool Stop(WorkflowId workflowId, CancellationToken ct) => _orchestrator.StopWorkflow(workflowId, ct);

    /// <summary>Asks the current jobs to clear their accumulated data; false if none is running.</summary>
    public bool Reset(WorkflowId workflowId, CancellationToken ct) => _orchestrator.ResetWorkflow(workflowId, ct);

    /// <summary>Replaces all ROIs of one geometry for the source's current job; false (with a warning) if none is running.</summary>
    public bool PublishRois(WorkflowId workflowId, string sourceName, IReadOnlyDictionary<int, Roi> rois, RoiGeometry geometry, CancellationToken ct) =>
        _rois.Publish(workflowId, sourceName, rois, geometry, ct);

    /// <summary>The commands sent and not yet answered by every service they went to, oldest first.</summary>
    public IReadOnlyList<AwaitedCommand> PendingCommands => _pending.Awaited;

    /// <summary>What the dashboard keeps for the workflow (parameters per source, the job it wants running); null if never started.</summary>
    public WorkflowRecord? Record(WorkflowId workflowId) => _orchestrator.Record(workflowId);

    /// <summary>
    /// Takes the oldest verdict not yet taken: a command fully acknowledged, failed, or unanswered in time.
    /// Each verdict is handed out once.
    /// </summary>
    public bool TryTakeNotification([MaybeNullWhen(false)] out Notification notification) => _pending.Notifications.TryDequeue(out notification);
}
