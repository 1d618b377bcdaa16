using LiveData.Acceptance.Support.Waiting;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// Claims about the results topic as a whole, proven by high watermarks: results are flowing, they
/// stopped, and they stay stopped while raw data keeps flowing into the service.
/// </summary>
public sealed class PublishingDriver(TopicDriver topics, ServiceGroupDriver services, ScenarioDiagnostics diagnostics)
{
    public static readonly TimeSpan AdvanceTimeout = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan StallSettle = TimeSpan.FromSeconds(4);
    public static readonly TimeSpan StallTimeout = TimeSpan.FromSeconds(40);
    private static readonly TimeSpan ObservationPoll = TimeSpan.FromMilliseconds(250);

    public long? StalledAt { get; private set; }

    public async Task WaitForResultsFlowingAsync(CancellationToken ct)
    {
        var first = await topics.HighWatermarkAsync(topics.Topics.Data, ct);
        await topics.WaitForAdvanceAsync(topics.Topics.Data, first, AdvanceTimeout, diagnostics.DumpAsync, ct);
    }

    public async Task WaitForResultsStoppedAsync(CancellationToken ct) =>
        StalledAt = await topics.WaitForStallAsync(topics.Topics.Data, StallSettle, StallTimeout, diagnostics.DumpAsync, ct);

    /// <summary>
    /// Watches the results topic for <paramref name="window"/> and fails at the first new result; at the end
    /// requires that the raw monitor topic grew meanwhile and every service is still running, so the
    /// silence is the workflow's doing, not a dead pipeline.
    /// </summary>
    public async Task ObserveNoResultsAsync(TimeSpan window, CancellationToken ct)
    {
        var stalled = StalledAt ?? throw new InvalidOperationException("Wait for results to stop before observing that they stay stopped");
        var rawBefore = await topics.HighWatermarkAsync(topics.Topics.BeamMonitor, ct);
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
        var rawAfter = await topics.HighWatermarkAsync(topics.Topics.BeamMonitor, ct);
        if (rawAfter <= rawBefore)
        {
            throw new InvalidOperationException($"No monitor events arrived during the observation ({rawBefore} → {rawAfter}), so the silence proves nothing.");
        }
        var stopped = services.Services.Where(s => !s.IsRunning).Select(s => s.Name).ToList();
        if (stopped.Count > 0)
        {
            throw new InvalidOperationException($"Services stopped during the observation: {string.Join(", ", stopped)}{Environment.NewLine}{services.OutputTails()}");
        }
    }
}
