namespace LiveData.Messaging.Kafka;

/// <summary>One consumed Kafka message: where it came from, its bytes and the broker timestamp.</summary>
public sealed record KafkaRecord(string Topic, int Partition, long Offset, byte[] Value, long TimestampMs);
