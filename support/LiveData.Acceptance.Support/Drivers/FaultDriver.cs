using LiveData.Acceptance.Support.Waiting;
using LiveData.Core.Identity;
using LiveData.Protocol.Acknowledgements;
using LiveData.Protocol.Commands;
using LiveData.Services.Publishing;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>What the dashboard and the command topics show when services misbehave.</summary>
public sealed class FaultDriver(
    DashboardDriver dashboard, WorkflowDriver workflow, TopicDriver topics, TopicLog log, HeartbeatDriver heartbeats, ScenarioDiagnostics diagnostics)
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ObservationPoll = TimeSpan.FromMilliseconds(250);

    // A count taken this close to the moment a re-issue becomes due could already include it.
    private static readonly TimeSpan ReissueMargin = TimeSpan.FromMilliseconds(500);
    private string? _workerKey;

    /// <summary>Long enough for one stop re-issue interval and a margin.</summary>
    public TimeSpan ReissueTimeout => dashboard.Options.StopReissueInterval + TimeSpan.FromSeconds(20);

    public IReadOnlySet<JobId> ReportedJobs()
    {
        dashboard.Backend.Update();
        return dashboard.Backend.Jobs.Statuses.Keys.ToHashSet();
    }


    /// <summary>Waits until at least <paramref name="count"/> commands were written since the last mark; returns how many.</summary>
    public async Task<long> WaitForCommandsAsync(int count, CancellationToken ct, TimeSpan? timeout = null) =>
        (long)await Eventually.UntilAsync<object>($"{count} command(s) on {topics.Topics.Commands}", async c =>
        {
            dashboard.Backend.Update();
            var written = await topics.SinceMarkAsync(topics.Topics.Commands, c);
            return (written >= count ? written : null, $"{written} command(s) written");
        }, timeout ?? CommandTimeout, diagnostics.DumpAsync, ct);

    /// <summary>
    /// Waits until <paramref name="count"/> commands were written since the stop, then keeps counting until
    /// just before the dashboard may repeat the stop, so a duplicate sent in between is seen; returns the
    /// last count that cannot include a legitimate re-issue.
    /// </summary>
    public async Task<long> CountCommandsBeforeReissueAsync(int count, CancellationToken ct)
    {
        var stoppedAt = workflow.StoppedAt ?? throw new InvalidOperationException("The workflow was not stopped in this scenario");
        var clock = TimeProvider.System;
        // The dashboard notes a stop as sent after StoppedAt and repeats it no sooner than one interval later.
        var reissueDue = dashboard.Options.StopReissueInterval;
        var written = await WaitForCommandsAsync(count, ct);
        while (clock.GetElapsedTime(stoppedAt) < reissueDue - ReissueMargin && written <= count)
        {
            await Task.Delay(ObservationPoll, clock, ct);
            var now = await topics.SinceMarkAsync(topics.Topics.Commands, ct);
            if (clock.GetElapsedTime(stoppedAt) >= reissueDue)
            {
                break; // this count may hold the legitimate re-issue
            }
            written = now;
        }
        return written;
    }

    /// <summary>
    /// Watches for <paramref name="window"/> that the dashboard does not take the stopped job of
    /// <paramref name="source"/> up again, while its services keep sending heartbeats that never name the job.
    /// </summary>
    public async Task ObserveJobStaysStoppedAsync(string source, TimeSpan window, CancellationToken ct)
    {
        var job = workflow.Jobs.Single(j => j.SourceName == source);
        var mark = await heartbeats.MarkAsync(ct);
        var clock = TimeProvider.System;
        var started = clock.GetTimestamp();
        while (clock.GetElapsedTime(started) < window)
        {
            dashboard.Backend.Update();
            if (dashboard.Backend.Jobs.ActiveJobNumber(workflow.Workflow) is { } active)
            {
                throw new InvalidOperationException($"The dashboard made job {active} current again {clock.GetElapsedTime(started).TotalSeconds:0.0} s into the observation, after {job} was stopped.{Environment.NewLine}{await diagnostics.DumpAsync(ct)}");
            }
            await Task.Delay(ObservationPoll, clock, ct);
        }
        var named = (await heartbeats.SinceAsync(mark, ct)).Select(h => h.Status).OfType<Protocol.Status.JobStatus>().Where(s => s.JobId == job).ToList();
        if (named.Count > 0)
        {
            throw new InvalidOperationException($"Job {job} was still reported {named.Count} time(s) during the observation (last as {named[^1].State}).");
        }
        await heartbeats.RequireLiveBackendsHeardSinceAsync(mark, $"during the {window.TotalSeconds:0} s the stopped job was watched", ct);
    }

    /// <summary>
    /// Proves that no service answered the start of <paramref name="missed"/>: its command is on the command
    /// log, and while the answer to <paramref name="answered"/> shows up, none to it does, for at least one
    /// heartbeat interval and until every live service has been heard from since the watch began.
    /// </summary>
    public async Task RequireStartNeverAnsweredAsync(string service, IReadOnlyList<JobId> missed, IReadOnlyList<JobId> answered, CancellationToken ct)
    {
        var commands = (await log.ReadSinceAsync(topics.Topics.Commands, TopicPosition.Start, ct)).Select(r => CommandJson.Parse(r.Value)).OfType<WorkflowConfig>().ToList();
        var missedIds = MessageIdsOf(commands, missed);
        var answeredIds = MessageIdsOf(commands, answered);
        var mark = await heartbeats.MarkAsync(ct);
        var clock = TimeProvider.System;
        var started = clock.GetTimestamp();
        CommandAcknowledgement? replayed = null;
        await Eventually.UntilAsync($"the answer to the start of [{string.Join(", ", answered)}], no answer to [{string.Join(", ", missed)}] and a heartbeat of every live service, at least {HeartbeatSchedule.DefaultInterval.TotalSeconds:0} s long", async c =>
        {
            var acks = (await log.ReadSinceAsync(topics.Topics.Responses, TopicPosition.Start, c)).Select(r => CommandAcknowledgement.Parse(r.Value)).ToList();
            replayed = acks.FirstOrDefault(a => missedIds.Contains(a.MessageId));
            if (replayed is not null)
            {
                return (true, "an answer to the missed start");
            }
            var silent = await heartbeats.SilentLiveBackendsAsync(mark, c);
            var answers = acks.Count(a => answeredIds.Contains(a.MessageId));
            var waited = clock.GetElapsedTime(started);
            return (answers > 0 && silent.Count == 0 && waited >= HeartbeatSchedule.DefaultInterval,
                $"{acks.Count} answer(s), {answers} to the later start; {waited.TotalSeconds:0.0} s watched; not heard from: [{string.Join(", ", silent)}]");
        }, WorkflowDriver.ResultTimeout, diagnostics.DumpAsync, ct);
        if (replayed is not null)
        {
            throw new InvalidOperationException($"The start sent while {service} was down was answered: {replayed}");
        }
    }

    private static HashSet<string> MessageIdsOf(IReadOnlyList<WorkflowConfig> commands, IReadOnlyList<JobId> jobs)
    {
        var ids = commands.Where(c => jobs.Contains(c.JobId)).Select(c => c.MessageId).ToHashSet();
        return ids.Count > 0 ? ids : throw new InvalidOperationException($"No start command for [{string.Join(", ", jobs)}] is on the command log");
    }

    public Task<long> ResponsesSinceStartAsync(CancellationToken ct) => topics.SinceMarkAsync(topics.Topics.Responses, ct);

    /// <summary>Waits until a running worker of the service is known, and remembers it.</summary>
    public async Task RememberRunningWorkerAsync(string service, CancellationToken ct)
    {
        await workflow.WaitForWorkerStateAsync(service, Protocol.Status.ServiceState.Running, ct);
        _workerKey = dashboard.Backend.Workers.Statuses.Values
            .First(w => w.ServiceName == service && w.State == Protocol.Status.ServiceState.Running).WorkerKey;
    }

    public Task WaitForStaleWorkerAsync(string service, CancellationToken ct)
    {
        var key = RememberedWorker(service);
        return Eventually.UntilAsync($"worker {key} to be flagged stale", _ =>
        {
            dashboard.Backend.Update();
            return Task.FromResult((dashboard.Backend.Workers.IsStale(key), "still fresh"));
        }, dashboard.Options.ServiceStatusTimeout + TimeSpan.FromSeconds(20), diagnostics.DumpAsync, ct);
    }

    /// <summary>Waits until the remembered worker is heard from again: running and no longer stale.</summary>
    public Task WaitForFreshWorkerAsync(string service, CancellationToken ct)
    {
        var key = RememberedWorker(service);
        return Eventually.UntilAsync($"worker {key} to be fresh again", _ =>
        {
            dashboard.Backend.Update();
            var registry = dashboard.Backend.Workers;
            var state = registry.Statuses.TryGetValue(key, out var status) ? status.State.ToString() : "unknown";
            return Task.FromResult((status?.State == Protocol.Status.ServiceState.Running && !registry.IsStale(key), $"state {state}, stale {registry.IsStale(key)}"));
        }, WorkflowDriver.ResultTimeout, diagnostics.DumpAsync, ct);
    }

    /// <summary>Waits until a running, fresh worker of the service other than the remembered one reports.</summary>
    public Task WaitForNewWorkerAsync(string service, CancellationToken ct)
    {
        var old = RememberedWorker(service);
        return Eventually.UntilAsync($"a {service} worker other than {old} to report running", _ =>
        {
            dashboard.Backend.Update();
            var registry = dashboard.Backend.Workers;
            var workers = registry.Statuses.Values.Where(w => w.ServiceName == service).ToList();
            var fresh = workers.Any(w => w.WorkerKey != old && w.State == Protocol.Status.ServiceState.Running && !registry.IsStale(w.WorkerKey));
            return Task.FromResult((fresh, $"workers: [{string.Join(", ", workers.Select(w => $"{w.WorkerKey}={w.State}"))}]"));
        }, WorkflowDriver.ResultTimeout, diagnostics.DumpAsync, ct);
    }

    /// <summary>The latest status of the remembered worker.</summary>
    public Protocol.Status.ServiceStatus? RememberedWorkerStatus(string service)
    {
        dashboard.Backend.Update();
        return dashboard.Backend.Workers.Statuses.GetValueOrDefault(RememberedWorker(service));
    }

    private string RememberedWorker(string service) =>
        _workerKey ?? throw new InvalidOperationException($"No running {service} worker was noted earlier in this scenario");

    public bool JobLooksActiveAndFresh(string source)
    {
        var job = workflow.Jobs.Single(j => j.SourceName == source);
        return dashboard.Backend.Jobs.Statuses.TryGetValue(job, out var status)
            && status.State == Protocol.Status.JobState.Active
            && !dashboard.Backend.Jobs.IsStale(job);
    }
}
