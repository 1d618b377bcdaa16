namespace LiveData.Messaging.Kafka;

/// <summary>Where outgoing messages go; a Kafka producer in production, a list in tests.</summary>
public interface IMessageSink
{
    void Publish(string topic, byte[] value);

    /// <summary>Returns once everything published so far has been delivered.</summary>
    void Flush(CancellationToken ct);
}
