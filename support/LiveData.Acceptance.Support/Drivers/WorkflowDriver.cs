using LiveData.Acceptance.Support.Waiting;
using LiveData.Data;
using LiveData.Identity;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// Starts, watches and stops the scenario's workflow through the dashboard, and waits for the results of
/// the jobs this scenario started (never for anyone else's).
/// </summary>
public sealed class WorkflowDriver(DashboardDriver dashboard, ScenarioInstrument instrument, ScenarioDiagnostics diagnostics)
{
    public static readonly TimeSpan ResultTimeout = TimeSpan.FromSeconds(30);
    private WorkflowId? _workflow;

    public WorkflowId Workflow => _workflow ?? throw new InvalidOperationException("No workflow was started in this scenario");

    public IReadOnlyList<JobId> Jobs { get; private set; } = [];

    public async Task<IReadOnlyList<JobId>> StartAsync(string workflowName, IReadOnlyList<string> sources, CancellationToken ct)
    {
        var backend = await dashboard.StartedAsync(ct);
        var spec = backend.Instrument.Workflows.FirstOrDefault(w => w.Id.Name == workflowName)
            ?? throw new ArgumentException($"{instrument.Name} has no workflow '{workflowName}'. It has: {string.Join(", ", backend.Instrument.Workflows.Select(w => w.Id.Name))}");
        _workflow = spec.Id;
        Jobs = backend.WorkflowController.StartWorkflow(spec.Id, sources, null, ct);
        return Jobs;
    }

    public bool Stop(CancellationToken ct) => dashboard.Backend.WorkflowController.StopWorkflow(Workflow, ct);

    /// <summary>Waits until every started job has at least one result in the dashboard.</summary>
    public Task WaitForResultsAsync(CancellationToken ct) =>
        Eventually.UntilAsync($"results of {Workflow} for {string.Join(", ", Jobs.Select(j => j.SourceName))}", _ =>
        {
            dashboard.Backend.Update();
            var sources = dashboard.Backend.DataService.Keys.Where(k => k.WorkflowId == Workflow).Select(k => k.SourceName).ToHashSet();
            var missing = Jobs.Where(j => !sources.Contains(j.SourceName)).Select(j => j.SourceName).ToList();
            return Task.FromResult((missing.Count == 0, $"no results yet for {string.Join(", ", missing)}"));
        }, ResultTimeout, diagnostics.DumpAsync, ct);

    public DataArray LatestOutput(string source, string output) =>
        dashboard.Backend.DataService[new DataKey(Workflow, source, output)]
        ?? throw new InvalidOperationException($"No '{output}' result for {source} of {Workflow}. The dashboard holds: {string.Join(", ", dashboard.Backend.DataService.Keys)}");
}
