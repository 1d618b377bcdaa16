using LiveData.Services.Routing;

namespace LiveData.Services.Batching;

/// <summary>
/// Upstream's naive batcher (timeseries service): everything a cycle consumed is one batch, released at
/// the end of that cycle, its bounds quantised to the pulse period so they stay on a common grid.
/// </summary>
public sealed class ImmediateBatcher : IMessageBatcher
{
    /// <summary>One 14 Hz pulse.</summary>
    public const long PulsePeriodNs = 71_428_571;
    private readonly List<StreamMessage> _pending = [];

    public double WindowSeconds => PulsePeriodNs / 1e9;

    public IReadOnlyList<MessageBatch> Add(StreamMessage message)
    {
        _pending.Add(message);
        return [];
    }

    public MessageBatch? CloseIfStalled()
    {
        if (_pending.Count == 0)
        {
            return null;
        }
        const long period = PulsePeriodNs;
        var start = _pending.Min(m => m.TimestampNs) / period * period;
        var end = (_pending.Max(m => m.TimestampNs) / period + 1) * period;
        var batch = new MessageBatch(start, end, [.. _pending]);
        _pending.Clear();
        return batch;
    }
}
