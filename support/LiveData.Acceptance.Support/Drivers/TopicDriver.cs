using LiveData.Acceptance.Support.Broker;
using LiveData.Acceptance.Support.Waiting;
using LiveData.Messaging.Topics;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// Observes topics by their high watermarks only (never consuming), which is how negative claims such
/// as "nothing more was published" are proven.
/// </summary>
public sealed class TopicDriver(TestBroker broker, ScenarioInstrument instrument)
{
    private readonly Dictionary<string, long> _marks = [];

    public InstrumentTopics Topics { get; } = instrument.Topics;

    /// <summary>Remembers where a topic's watermark is now, to prove later what was (not) published since.</summary>
    public async Task MarkAsync(string topic, CancellationToken ct) => _marks[topic] = await HighWatermarkAsync(topic, ct);

    public long MarkOf(string topic) =>
        _marks.TryGetValue(topic, out var mark) ? mark : throw new InvalidOperationException($"No mark was taken on {topic} in this scenario");

    /// <summary>How many messages the topic received since its mark.</summary>
    public async Task<long> SinceMarkAsync(string topic, CancellationToken ct) => await HighWatermarkAsync(topic, ct) - MarkOf(topic);

    public Task<long> HighWatermarkAsync(string topic, CancellationToken ct) => TopicWatermarks.HighWatermarkAsync(broker.Settings, topic, ct);

    public async Task<long> WaitForAdvanceAsync(string topic, long since, TimeSpan timeout, Func<CancellationToken, Task<string>> diagnostics, CancellationToken ct)
    {
        var advanced = await Eventually.UntilAsync<object>($"{topic} to grow beyond {since} messages", async c =>
        {
            var mark = await HighWatermarkAsync(topic, c);
            return (mark > since ? mark : null, $"high watermark {mark}");
        }, timeout, diagnostics, ct);
        return (long)advanced;
    }

    /// <summary>Waits until the watermark has not moved for <paramref name="settle"/>; returns where it stopped.</summary>
    public async Task<long> WaitForStallAsync(string topic, TimeSpan settle, TimeSpan timeout, Func<CancellationToken, Task<string>> diagnostics, CancellationToken ct)
    {
        var clock = TimeProvider.System;
        var last = await HighWatermarkAsync(topic, ct);
        var since = clock.GetTimestamp();
        var stalled = await Eventually.UntilAsync<object>($"{topic} to stop growing for {settle.TotalSeconds:0} s", async c =>
        {
            var mark = await HighWatermarkAsync(topic, c);
            if (mark != last)
            {
                (last, since) = (mark, clock.GetTimestamp());
            }
            var quiet = clock.GetElapsedTime(since);
            return (quiet >= settle ? mark : null, $"high watermark {mark}, unchanged for {quiet.TotalSeconds:0.0} s");
        }, timeout, diagnostics, ct);
        return (long)stalled;
    }

    public async Task<string> DescribeAsync(CancellationToken ct)
    {
        var lines = new List<string>();
        foreach (var topic in new[] { Topics.BeamMonitor, Topics.Commands, Topics.Responses, Topics.Heartbeat, Topics.Data })
        {
            try
            {
                lines.Add($"{topic}: high watermark {await HighWatermarkAsync(topic, ct)}");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                lines.Add($"{topic}: {e.Message}");
            }
        }
        return string.Join(Environment.NewLine, lines);
    }
}
