using LiveData.Acceptance.Support.Waiting;
using LiveData.Core.Identity;
using LiveData.Protocol.Status;
using LiveData.Wire.X5f2;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>One heartbeat as read from the heartbeat topic: the process that sent it and what it said.</summary>
public sealed record Heartbeat(uint ProcessId, object Status);

/// <summary>
/// What the services say about themselves in their heartbeats, read from the heartbeat topic (not from the
/// dashboard, which is under test). A service sends, every 2 s, one status per job it holds and then one
/// status of its own; the job statuses a process sent between two of its own statuses are one "round":
/// exactly the jobs it held at that moment.
/// </summary>
public sealed class HeartbeatDriver(TopicLog log, TopicDriver topics, ServiceGroupDriver services, ScenarioDiagnostics diagnostics)
{
    private static readonly TimeSpan RoundTimeout = TimeSpan.FromSeconds(30);

    public Task<TopicPosition> MarkAsync(CancellationToken ct) => log.PositionAsync(topics.Topics.Heartbeat, ct);

    public async Task<IReadOnlyList<Heartbeat>> SinceAsync(TopicPosition mark, CancellationToken ct) =>
        [.. (await log.ReadSinceAsync(topics.Topics.Heartbeat, mark, ct)).Select(r =>
        {
            var x5f2 = X5f2Codec.Decode(r.Value);
            return new Heartbeat(x5f2.ProcessId, HeartbeatCodec.Decode(x5f2));
        })];

    /// <summary>The backend services that should be alive (running, not paused) but sent no running heartbeat since <paramref name="mark"/>.</summary>
    public async Task<IReadOnlyList<string>> SilentLiveBackendsAsync(TopicPosition mark, CancellationToken ct)
    {
        var live = services.LiveBackends;
        if (live.Count == 0)
        {
            return [];
        }
        var heard = (await SinceAsync(mark, ct))
            .Where(h => h.Status is ServiceStatus { State: ServiceState.Running })
            .Select(h => h.ProcessId).ToHashSet();
        return [.. live.Where(s => s.ProcessId is not { } pid || !heard.Contains((uint)pid)).Select(s => $"{s.Name} (pid {s.ProcessId})")];
    }

    /// <summary>Fails unless every backend service that should be alive sent a running heartbeat since <paramref name="mark"/>.</summary>
    public async Task RequireLiveBackendsHeardSinceAsync(TopicPosition mark, string during, CancellationToken ct)
    {
        var silent = await SilentLiveBackendsAsync(mark, ct);
        if (silent.Count > 0)
        {
            throw new InvalidOperationException(
                $"No heartbeat {during} from {string.Join(", ", silent)}, though running: a hung service, so the observation proves nothing.{Environment.NewLine}{await diagnostics.DumpAsync(ct)}");
        }
    }

    /// <summary>
    /// Waits until every running worker of <paramref name="service"/> has completed a heartbeat round after
    /// this call in which the jobs it holds of <paramref name="workflow"/> satisfy <paramref name="wanted"/>;
    /// returns those jobs.
    /// </summary>
    public Task<IReadOnlySet<JobId>> WaitForRoundAsync(
        string service, WorkflowId workflow, string wantedDescription, Func<IReadOnlySet<JobId>, bool> wanted, CancellationToken ct) =>
        Eventually.UntilAsync<IReadOnlySet<JobId>>($"a heartbeat round of {service} in which its jobs of {workflow} are {wantedDescription}", NextRoundProbe(service, workflow, wanted), RoundTimeout, diagnostics.DumpAsync, ct);

    private Func<CancellationToken, Task<(IReadOnlySet<JobId>?, string)>> NextRoundProbe(string service, WorkflowId workflow, Func<IReadOnlySet<JobId>, bool> wanted)
    {
        TopicPosition? mark = null;
        return async c =>
        {
            mark ??= await MarkAsync(c);
            var workers = services.Services.Where(s => s.Name == service && s.IsRunning && s.ProcessId is not null).ToList();
            var heartbeats = await SinceAsync(mark, c);
            var rounds = workers.Select(w => (Pid: w.ProcessId!.Value, Jobs: LatestRound(heartbeats, (uint)w.ProcessId!.Value))).ToList();
            var described = string.Join("; ", rounds.Select(r => $"pid {r.Pid}: {(r.Jobs is null ? "no complete round yet" : $"[{string.Join(", ", r.Jobs.Select(j => j.JobId))}]")}"));
            if (workers.Count == 0 || rounds.Any(r => r.Jobs is null))
            {
                return (null, workers.Count == 0 ? $"no running {service} worker" : described);
            }
            IReadOnlySet<JobId> jobs = rounds.SelectMany(r => r.Jobs!).Where(j => j.WorkflowId == workflow).Select(j => j.JobId).ToHashSet();
            return (wanted(jobs) ? jobs : null, described);
        };
    }

    // The job statuses the process sent between its last two own statuses; null until two were seen.
    private static IReadOnlyList<JobStatus>? LatestRound(IReadOnlyList<Heartbeat> heartbeats, uint processId)
    {
        var own = heartbeats.Where(h => h.ProcessId == processId).ToList();
        var closing = own.FindLastIndex(h => h.Status is ServiceStatus);
        var opening = closing <= 0 ? -1 : own.FindLastIndex(closing - 1, h => h.Status is ServiceStatus);
        return opening < 0 ? null : [.. own[(opening + 1)..closing].Select(h => h.Status).OfType<JobStatus>()];
    }
}
