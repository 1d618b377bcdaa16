using LiveData.Workflows;

namespace LiveData.Instruments;

/// <summary>What an instrument has (monitors, detectors, logs) and the workflows it offers.</summary>
public sealed record Instrument(
    string Name,
    IReadOnlyList<string> Monitors,
    IReadOnlyList<DetectorBank> Detectors,
    IReadOnlyList<LogStream> Logs,
    IReadOnlyList<WorkflowSpec> Workflows)
{
    public WorkflowSpec? FindWorkflow(Identity.WorkflowId id) => Workflows.FirstOrDefault(w => w.Id == id);

    public IEnumerable<WorkflowSpec> WorkflowsOf(string serviceName) => Workflows.Where(w => w.ServiceName == serviceName);
}

/// <summary>An event-mode detector: its detector_number range and the logical shape it folds into.</summary>
public sealed record DetectorBank(string Name, int FirstDetectorNumber, int LastDetectorNumber, IReadOnlyList<KeyValuePair<string, int>> LogicalShape);

/// <summary>An f144 log; the unit is not on the wire so it is declared here.</summary>
public sealed record LogStream(string Name, string Unit);
