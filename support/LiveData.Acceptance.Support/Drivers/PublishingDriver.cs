using LiveData.Acceptance.Support.Waiting;
using LiveData.Services.Batching;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// Claims about the results topic as a whole, proven by high watermarks: results are flowing, they
/// stopped, and they stay stopped while raw data keeps flowing into the service. Silence only counts
/// while every service that should be alive keeps sending heartbeats; a hung service is silent too.
/// </summary>
public sealed class PublishingDriver(TopicDriver topics, ServiceGroupDriver services, HeartbeatDriver heartbeats, ScenarioDiagnostics diagnostics)
{
    public static readonly TimeSpan AdvanceTimeout = TimeSpan.FromSeconds(30);

    // Results are published once per batch window (1 s of data time) while raw data flows.
    private static readonly TimeSpan BatchWindow = TimeSpan.FromMilliseconds(DataTimeBatcher.DefaultWindowNs / 1e6);

    // Two whole windows without a result do not happen while a service publishes; the heartbeats required during
    // the quiet show its loop was running meanwhile, neither hung nor starved.
    private static readonly TimeSpan FlowingStallSettle = 2 * BatchWindow;

    // After the raw data ended, the last, partly filled window is closed only by the batcher's wall-clock backstop;
    // one window more, and anything published that late (a double count) still falls inside the quiet.
    private static readonly TimeSpan DrainedStallSettle = DataTimeBatcher.DefaultStallBackstop + BatchWindow;

    public static readonly TimeSpan StallTimeout = TimeSpan.FromSeconds(40);

    // Only how soon a result inside a fixed observation window is reported; the window's length is the scenario's.
    private static readonly TimeSpan ObservationPoll = TimeSpan.FromMilliseconds(250);

    public long? StalledAt { get; private set; }

    public async Task WaitForResultsFlowingAsync(CancellationToken ct)
    {
        var first = await topics.HighWatermarkAsync(topics.Topics.Data, ct);
        await topics.WaitForAdvanceAsync(topics.Topics.Data, first, AdvanceTimeout, diagnostics.DumpAsync, ct);
    }

    /// <summary>
    /// While raw data keeps flowing, waits until no result was published for two batch windows and every backend
    /// service that should be alive sent a heartbeat during that quiet spell; returns where the results stopped.
    /// </summary>
    public Task WaitForResultsStoppedAsync(CancellationToken ct) => WaitForQuietAsync(FlowingStallSettle, ct);

    /// <summary>
    /// After the raw data ended, waits as <see cref="WaitForResultsStoppedAsync"/> does but for long enough that
    /// the batcher's backstop has closed the last window: nothing is left to publish.
    /// </summary>
    public Task WaitForResultsDrainedAsync(CancellationToken ct) => WaitForQuietAsync(DrainedStallSettle, ct);

    /// <summary>
    /// Watches the results topic for <paramref name="window"/> and fails at the first new result; at the end
    /// requires that <paramref name="rawTopic"/> grew meanwhile, every service is still running and every
    /// backend that should be alive sent heartbeats meanwhile, so the silence is the workflow's doing, not a
    /// dead or hung pipeline.
    /// </summary>
    public async Task ObserveNoResultsAsync(TimeSpan window, string rawTopic, CancellationToken ct)
    {
        var stalled = StalledAt ?? throw new InvalidOperationException("Wait for results to stop before observing that they stay stopped");
        var rawBefore = await topics.HighWatermarkAsync(rawTopic, ct);
        var heartbeatMark = await heartbeats.MarkAsync(ct);
        var clock = TimeProvider.System;
        var started = clock.GetTimestamp();
        while (clock.GetElapsedTime(started) < window)
        {
            var now = await topics.HighWatermarkAsync(topics.Topics.Data, ct);
            if (now != stalled)
            {
                throw new InvalidOperationException($"{now - stalled} more results were published {clock.GetElapsedTime(started).TotalSeconds:0.0} s after publishing had stopped.{Environment.NewLine}{await diagnostics.DumpAsync(ct)}");
            }
            await Task.Delay(ObservationPoll, clock, ct);
        }
        var rawAfter = await topics.HighWatermarkAsync(rawTopic, ct);
        if (rawAfter <= rawBefore)
        {
            throw new InvalidOperationException($"Nothing arrived on {rawTopic} during the observation ({rawBefore} → {rawAfter}), so the silence proves nothing.");
        }
        var stopped = services.Services.Where(s => !s.IsRunning).Select(s => s.Name).ToList();
        if (stopped.Count > 0)
        {
            throw new InvalidOperationException($"Services stopped during the observation: {string.Join(", ", stopped)}{Environment.NewLine}{services.OutputTails()}");
        }
        await heartbeats.RequireLiveBackendsHeardSinceAsync(heartbeatMark, $"during the {window.TotalSeconds:0} s without results", ct);
    }

    private async Task WaitForQuietAsync(TimeSpan settle, CancellationToken ct)
    {
        var clock = TimeProvider.System;
        var last = await topics.HighWatermarkAsync(topics.Topics.Data, ct);
        var quietSince = clock.GetTimestamp();
        var heartbeatMark = await heartbeats.MarkAsync(ct);
        StalledAt = (long)await Eventually.UntilAsync<object>($"results to stop for {settle.TotalSeconds:0.#} s while the services keep sending heartbeats", async c =>
        {
            var mark = await topics.HighWatermarkAsync(topics.Topics.Data, c);
            if (mark != last)
            {
                (last, quietSince, heartbeatMark) = (mark, clock.GetTimestamp(), await heartbeats.MarkAsync(c));
            }
            var quiet = clock.GetElapsedTime(quietSince);
            if (quiet < settle)
            {
                return (null, $"results high watermark {mark}, unchanged for {quiet.TotalSeconds:0.0} s");
            }
            var silent = await heartbeats.SilentLiveBackendsAsync(heartbeatMark, c);
            return (silent.Count == 0 ? mark : null, $"results high watermark {mark}, unchanged for {quiet.TotalSeconds:0.0} s, but no heartbeat since from {string.Join(", ", silent)}");
        }, StallTimeout, diagnostics.DumpAsync, ct);
    }
}
