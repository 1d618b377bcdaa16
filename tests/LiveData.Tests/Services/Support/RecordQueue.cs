using LiveData.Messaging.Kafka;

namespace LiveData.Tests.Services.Support;

/// <summary>An in-memory <see cref="IRecordSource"/>: records are read in the order they were added.</summary>
public sealed class RecordQueue : IRecordSource
{
    private readonly Queue<KafkaRecord> _records = new();
    private long _nextOffset;

    public int Remaining => _records.Count;

    public RecordQueue Add(string topic, byte[] value, long timestampMs = 0)
    {
        _records.Enqueue(new KafkaRecord(topic, 0, _nextOffset++, value, timestampMs));
        return this;
    }

    public bool TryRead(out KafkaRecord record) => _records.TryDequeue(out record!);
}
