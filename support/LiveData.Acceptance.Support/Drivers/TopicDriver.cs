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
