namespace LiveData.Messaging.Broker;

/// <summary>Kafka protocol request kinds the embedded broker can be told to fail; the values are the protocol's API keys.</summary>
public enum KafkaRequest : short
{
    Produce = 0,
    Fetch = 1,
}
