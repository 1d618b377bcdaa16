using System.Text.Json;
using LiveData.Acceptance.Support.Waiting;
using LiveData.Core.Data;
using LiveData.Core.Identity;
using LiveData.Dashboard.Commands;
using LiveData.Protocol.Status;
using LiveData.Workflows.Parameters;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// Starts, watches and stops the scenario's workflow through the dashboard, and waits for the results of
/// the jobs this scenario started (never for anyone else's).
/// </summary>
public sealed class WorkflowDriver(DashboardDriver dashboard, TopicDriver topics, ScenarioInstrument instrument, ScenarioDiagnostics diagnostics)
{
    public static readonly TimeSpan ResultTimeout = TimeSpan.FromSeconds(30);
    private WorkflowId? _workflow;

    public WorkflowId Workflow => _workflow ?? throw new InvalidOperationException("No workflow was started in this scenario");

    public IReadOnlyList<JobId> Jobs { get; private set; } = [];

    private readonly List<Notification> _notifications = [];
    private readonly List<IReadOnlyList<JobId>> _starts = [];
    private IReadOnlyList<string> _sources = [];
    private string? _workflowName;

    /// <summary>Every start of this scenario, oldest first.</summary>
    public IReadOnlyList<IReadOnlyList<JobId>> Starts => _starts;

    public async Task<IReadOnlyList<JobId>> StartAsync(
        string workflowName, IReadOnlyList<string> sources, CancellationToken ct, IReadOnlyList<WorkflowParameter>? parameters = null)
    {
        var backend = await dashboard.StartedAsync(ct);
        var spec = backend.Instrument.Workflows.FirstOrDefault(w => w.Id.Name == workflowName)
            ?? throw new ArgumentException($"{instrument.Name} has no workflow '{workflowName}'. It has: {string.Join(", ", backend.Instrument.Workflows.Select(w => w.Id.Name))}");
        _workflow = spec.Id;
        await topics.MarkAsync(topics.Topics.Commands, ct);
        await topics.MarkAsync(topics.Topics.Responses, ct);
        var config = parameters is null ? (JsonElement?)null : WorkflowParameters.Override(spec.Factory.DefaultParams, parameters);
        (_workflowName, _sources) = (workflowName, sources);
        return Start(config, ct);
    }

    /// <summary>Starts the workflow again <paramref name="times"/> times in a row, as fast as the dashboard sends them (a command storm).</summary>
    public async Task RestartRepeatedlyAsync(int times, CancellationToken ct)
    {
        await topics.MarkAsync(topics.Topics.Commands, ct);
        await topics.MarkAsync(topics.Topics.Responses, ct);
        for (var i = 0; i < times; i++)
        {
            Start(config: null, ct);
        }
    }

    private IReadOnlyList<JobId> Start(JsonElement? config, CancellationToken ct)
    {
        Jobs = dashboard.Backend.Workflows.Start(Workflow, _sources, config, ct);
        _starts.Add(Jobs);
        return Jobs;
    }

    /// <summary>Starts the same workflow for the same sources again (a recommit: new job number).</summary>
    public Task<IReadOnlyList<JobId>> RestartAsync(CancellationToken ct, IReadOnlyList<WorkflowParameter>? parameters = null) =>
        StartAsync(_workflowName ?? throw new InvalidOperationException("No workflow was started in this scenario"), _sources, ct, parameters);

    /// <summary>Adopts the jobs of a workflow someone else started, so later steps can refer to them.</summary>
    public void Follow(WorkflowId workflowId, IReadOnlyList<JobId> jobs) => (_workflow, Jobs) = (workflowId, jobs);

    /// <summary>Waits until the dashboard treats <paramref name="jobNumber"/> as the workflow's current job.</summary>
    public Task WaitForActiveJobNumberAsync(JobNumber jobNumber, CancellationToken ct) =>
        Eventually.UntilAsync($"the dashboard to make {jobNumber} the current job of {Workflow}", _ =>
        {
            dashboard.Backend.Update();
            var active = dashboard.Backend.Jobs.ActiveJobNumber(Workflow);
            return Task.FromResult((active == jobNumber, $"current job {active?.ToString() ?? "none"}"));
        }, ResultTimeout, diagnostics.DumpAsync, ct);

    /// <summary>The names of the parameters the dashboard holds for the current job of <paramref name="source"/>; none for a job it adopted without a record.</summary>
    public IReadOnlyList<string> KnownParameterNames(string source)
    {
        var current = dashboard.Backend.Jobs.Lifecycle(Workflow).Desired
            ?? throw new InvalidOperationException($"The dashboard has no current job of {Workflow}");
        return [.. current.ParamsBySource[source].EnumerateObject().Select(p => p.Name)];
    }

    /// <summary>The sum of the latest cumulative histogram of <paramref name="source"/>, if there is one.</summary>
    public double? CumulativeTotal(string source) =>
        dashboard.Backend.Results[new DataKey(Workflow, source, "cumulative")]?.Data.Sum();

    /// <summary>The job numbers that stamped the workflow's data currently shown.</summary>
    public IReadOnlySet<JobNumber> ShownJobNumbers() =>
        dashboard.Backend.Results.Snapshot().Where(e => e.Key.WorkflowId == Workflow).Select(e => e.Value.Stamp).ToHashSet();

    /// <summary>When the latest stop was asked for (a <see cref="TimeProvider.System"/> timestamp), before the dashboard sent anything.</summary>
    public long? StoppedAt { get; private set; }

    public async Task<bool> StopAsync(CancellationToken ct)
    {
        await topics.MarkAsync(topics.Topics.Commands, ct);
        StoppedAt = TimeProvider.System.GetTimestamp();
        return dashboard.Backend.Workflows.Stop(Workflow, ct);
    }

    /// <summary>Waits until every started job has at least one result in the dashboard.</summary>
    public Task WaitForResultsAsync(CancellationToken ct) => WaitForResultsAsync([.. Jobs.Select(j => j.SourceName)], ct);

    /// <summary>
    /// Waits until each of <paramref name="sources"/> has a result; <paramref name="beforeEachLook"/> runs
    /// before every look (e.g. to send one more event message).
    /// </summary>
    public Task WaitForResultsAsync(IReadOnlyList<string> sources, CancellationToken ct, Func<CancellationToken, Task>? beforeEachLook = null) =>
        Eventually.UntilAsync($"results of {Workflow} for {string.Join(", ", sources)}", async c =>
        {
            if (beforeEachLook is not null)
            {
                await beforeEachLook(c);
            }
            dashboard.Backend.Update();
            var missing = sources.Except(SourcesWithResults()).ToList();
            return (missing.Count == 0, $"no results yet for {string.Join(", ", missing)}");
        }, ResultTimeout, diagnostics.DumpAsync, ct);

    public IReadOnlySet<string> SourcesWithResults() =>
        dashboard.Backend.Results.Keys.Where(k => k.WorkflowId == Workflow).Select(k => k.SourceName).ToHashSet();

    /// <summary>Waits for the dashboard's verdict on the latest start (one verdict per start): all acknowledged, or the errors sent back.</summary>
    public Task<Notification> WaitForStartOutcomeAsync(CancellationToken ct) => WaitForVerdictAsync($"Start {Workflow}", _starts.Count, ct);

    /// <summary>Asks the services to reset the workflow's current jobs; false if it has none.</summary>
    public bool Reset(CancellationToken ct) => dashboard.Backend.Workflows.Reset(Workflow, ct);

    /// <summary>Waits for the dashboard's verdict on the (first) reset.</summary>
    public Task<Notification> WaitForResetOutcomeAsync(CancellationToken ct) => WaitForVerdictAsync($"Reset {Workflow}", 1, ct);

    private Task<Notification> WaitForVerdictAsync(string command, int count, CancellationToken ct) =>
        Eventually.UntilAsync<Notification>($"the services to answer '{command}' #{count}", _ =>
        {
            dashboard.Backend.Update();
            while (dashboard.Backend.Workflows.TryTakeNotification(out var notification))
            {
                _notifications.Add(notification);
            }
            var verdicts = _notifications.Where(n => n.Text.StartsWith(command, StringComparison.Ordinal)).ToList();
            return Task.FromResult((verdicts.Count >= count ? verdicts[^1] : null, $"notifications: [{string.Join("; ", _notifications.Select(n => n.Text))}]"));
        }, ResultTimeout, diagnostics.DumpAsync, ct);

    /// <summary>Waits until the dashboard's latest heartbeat for this scenario's job of <paramref name="source"/> shows <paramref name="state"/>.</summary>
    public Task WaitForJobStateAsync(string source, JobState state, CancellationToken ct)
    {
        var job = Jobs.Single(j => j.SourceName == source);
        return Eventually.UntilAsync($"job {job} to be {state}", _ =>
        {
            dashboard.Backend.Update();
            var seen = dashboard.Backend.Jobs.Statuses.TryGetValue(job, out var status) ? status.State.ToString() : "no status";
            return Task.FromResult((status?.State == state, $"job state {seen}"));
        }, ResultTimeout, diagnostics.DumpAsync, ct);
    }

    /// <summary>Waits until some worker of the named service reports <paramref name="state"/>.</summary>
    public Task WaitForWorkerStateAsync(string serviceName, ServiceState state, CancellationToken ct) =>
        Eventually.UntilAsync($"a {serviceName} worker to report {state}", _ =>
        {
            dashboard.Backend.Update();
            var workers = dashboard.Backend.Workers.Statuses.Values.Where(w => w.ServiceName == serviceName).ToList();
            return Task.FromResult((workers.Any(w => w.State == state), $"workers: [{string.Join(", ", workers.Select(w => $"{w.WorkerId}={w.State}"))}]"));
        }, ResultTimeout, diagnostics.DumpAsync, ct);

    /// <summary>Waits until the newest <paramref name="output"/> of <paramref name="source"/> the dashboard holds satisfies <paramref name="holds"/>; returns it.</summary>
    /// <param name="timeout">How long the condition may take; <see cref="ResultTimeout"/> unless given (e.g. a whole replay).</param>
    public Task<DataArray> WaitForOutputAsync(string source, string output, Func<DataArray, bool> holds, CancellationToken ct, TimeSpan? timeout = null) =>
        Eventually.UntilAsync<DataArray>($"the '{output}' result for {source} to show what the step expects", _ =>
        {
            dashboard.Backend.Update();
            var result = dashboard.Backend.Results[new DataKey(Workflow, source, output)];
            return Task.FromResult((result is not null && holds(result) ? result : null,
                result is null ? "no result yet" : $"newest values [{string.Join(", ", result.Data.ToDoubles().TakeLast(3))}], coords {string.Join(", ", result.Coords.Select(c => c.Key))}"));
        }, timeout ?? ResultTimeout, diagnostics.DumpAsync, ct);

    /// <summary>
    /// The newest <paramref name="output"/> of <paramref name="source"/>, once the dashboard holds one: a job's outputs
    /// are separate messages, so one may arrive after a step has seen its siblings.
    /// </summary>
    public Task<DataArray> OutputAsync(string source, string output, CancellationToken ct) => WaitForOutputAsync(source, output, _ => true, ct);
}
