namespace LiveData.Messaging.Kafka;

/// <summary>
/// Notices records a consumer never saw: within a partition, consecutive records have consecutive
/// offsets, so a jump means the records in between were skipped — deleted by retention before the
/// consumer got to them (its position was reset), or dropped on the way. Producers here are not
/// transactional, so no offsets are taken by control records.
/// </summary>
public sealed class OffsetGapDetector
{
    private readonly Dictionary<(string Topic, int Partition), long> _last = [];

    /// <summary>Returns how many offsets were skipped since the partition's previous record (0 for its first one).</summary>
    public long Observe(string topic, int partition, long offset)
    {
        var key = (topic, partition);
        var skipped = _last.TryGetValue(key, out var last) && offset > last + 1 ? offset - last - 1 : 0;
        // A step back (a redelivery) moves the baseline too, so the replayed records are not counted as a gap.
        _last[key] = offset;
        return skipped;
    }
}
