using LiveData.Acceptance.Support.Waiting;
using LiveData.Identity;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>What the dashboard and the command topics show when services misbehave.</summary>
public sealed class FaultDriver(DashboardDriver dashboard, WorkflowDriver workflow, TopicDriver topics, ScenarioDiagnostics diagnostics)
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(10);
    private string? _workerKey;

    /// <summary>Long enough for one stop re-issue interval and a margin.</summary>
    public TimeSpan ReissueTimeout => dashboard.Options.StopReissueInterval + TimeSpan.FromSeconds(20);

    public IReadOnlySet<JobId> ReportedJobs()
    {
        dashboard.Backend.Update();
        return dashboard.Backend.JobService.JobStatuses.Keys.ToHashSet();
    }

    public JobNumber? ActiveJobNumber() => dashboard.Backend.JobOrchestrator.GetActiveJobNumber(workflow.Workflow);

    /// <summary>Waits until at least <paramref name="count"/> commands were written since the last mark; returns how many.</summary>
    public async Task<long> WaitForCommandsAsync(int count, CancellationToken ct, TimeSpan? timeout = null) =>
        (long)await Eventually.UntilAsync<object>($"{count} command(s) on {topics.Topics.Commands}", async c =>
        {
            dashboard.Backend.Update();
            var written = await topics.SinceMarkAsync(topics.Topics.Commands, c);
            return (written >= count ? written : null, $"{written} command(s) written");
        }, timeout ?? CommandTimeout, diagnostics.DumpAsync, ct);

    public Task<long> ResponsesSinceStartAsync(CancellationToken ct) => topics.SinceMarkAsync(topics.Topics.Responses, ct);

    /// <summary>Waits until a running worker of the service is known, and remembers it.</summary>
    public async Task RememberRunningWorkerAsync(string service, CancellationToken ct)
    {
        await workflow.WaitForWorkerStateAsync(service, Protocol.Status.ServiceState.Running, ct);
        _workerKey = dashboard.Backend.ServiceRegistry.WorkerStatuses.Values
            .First(w => w.ServiceName == service && w.State == Protocol.Status.ServiceState.Running).WorkerKey;
    }

    public Task WaitForStaleWorkerAsync(string service, CancellationToken ct)
    {
        var key = RememberedWorker(service);
        return Eventually.UntilAsync($"worker {key} to be flagged stale", _ =>
        {
            dashboard.Backend.Update();
            return Task.FromResult((dashboard.Backend.ServiceRegistry.IsStatusStale(key), "still fresh"));
        }, dashboard.Options.ServiceStatusTimeout + TimeSpan.FromSeconds(20), diagnostics.DumpAsync, ct, TimeSpan.FromSeconds(1));
    }

    /// <summary>Waits until the remembered worker is heard from again: running and no longer stale.</summary>
    public Task WaitForFreshWorkerAsync(string service, CancellationToken ct)
    {
        var key = RememberedWorker(service);
        return Eventually.UntilAsync($"worker {key} to be fresh again", _ =>
        {
            dashboard.Backend.Update();
            var registry = dashboard.Backend.ServiceRegistry;
            var state = registry.WorkerStatuses.TryGetValue(key, out var status) ? status.State.ToString() : "unknown";
            return Task.FromResult((status?.State == Protocol.Status.ServiceState.Running && !registry.IsStatusStale(key), $"state {state}, stale {registry.IsStatusStale(key)}"));
        }, WorkflowDriver.ResultTimeout, diagnostics.DumpAsync, ct);
    }

    /// <summary>Waits until a running, fresh worker of the service other than the remembered one reports.</summary>
    public Task WaitForNewWorkerAsync(string service, CancellationToken ct)
    {
        var old = RememberedWorker(service);
        return Eventually.UntilAsync($"a {service} worker other than {old} to report running", _ =>
        {
            dashboard.Backend.Update();
            var registry = dashboard.Backend.ServiceRegistry;
            var workers = registry.WorkerStatuses.Values.Where(w => w.ServiceName == service).ToList();
            var fresh = workers.Any(w => w.WorkerKey != old && w.State == Protocol.Status.ServiceState.Running && !registry.IsStatusStale(w.WorkerKey));
            return Task.FromResult((fresh, $"workers: [{string.Join(", ", workers.Select(w => $"{w.WorkerKey}={w.State}"))}]"));
        }, WorkflowDriver.ResultTimeout, diagnostics.DumpAsync, ct);
    }

    /// <summary>The latest status of the remembered worker.</summary>
    public Protocol.Status.ServiceStatus? RememberedWorkerStatus(string service)
    {
        dashboard.Backend.Update();
        return dashboard.Backend.ServiceRegistry.WorkerStatuses.GetValueOrDefault(RememberedWorker(service));
    }

    private string RememberedWorker(string service) =>
        _workerKey ?? throw new InvalidOperationException($"No running {service} worker was noted earlier in this scenario");

    public bool JobLooksActiveAndFresh(string source)
    {
        var job = workflow.Jobs.Single(j => j.SourceName == source);
        return dashboard.Backend.JobService.JobStatuses.TryGetValue(job, out var status)
            && status.State == Protocol.Status.JobState.Active
            && !dashboard.Backend.JobService.IsStatusStale(job);
    }
}
