namespace LiveData.Messaging.Kafka;

/// <summary>Where consumed records come from; a Kafka consumer in production, a list in tests.</summary>
public interface IRecordSource
{
    bool TryRead(out KafkaRecord record);
}
