using LiveData.Messaging.Kafka;

namespace LiveData.Tests.Services.Support;

/// <summary>An in-memory <see cref="IRecordSource"/>: records are read in the order they were added.</summary>
public sealed class RecordQueue : IRecordSource
{
    private readonly Queue<KafkaRecord> _records = new();
    private readonly Dictionary<string, long> _nextOffsets = [];

    public int Remaining => _records.Count;

    public RecordQueue Add(string topic, byte[] value, long timestampMs = 0)
    {
        // Offsets count per topic partition, as in Kafka, so the service sees no gaps.
        var offset = _nextOffsets.GetValueOrDefault(topic);
        _nextOffsets[topic] = offset + 1;
        _records.Enqueue(new KafkaRecord(topic, 0, offset, value, timestampMs));
        return this;
    }

    /// <summary>Leaves out the next <paramref name="count"/> offsets of <paramref name="topic"/>, as if the broker had deleted them.</summary>
    public RecordQueue Skip(string topic, int count)
    {
        _nextOffsets[topic] = _nextOffsets.GetValueOrDefault(topic) + count;
        return this;
    }

    public bool TryRead(out KafkaRecord record) => _records.TryDequeue(out record!);
}
