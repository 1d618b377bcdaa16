using Confluent.Kafka;
using LiveData.Messaging.Broker.Control;
using LiveData.Messaging.Clients;
using Microsoft.Extensions.Logging;

namespace LiveData.Messaging.Topics;

/// <summary>Asks the embedded broker's host to create topics, via its control topic.</summary>
internal sealed class ControlTopicCreator(KafkaSettings settings, ILogger logger) : ITopicCreator
{
    // Without a bound, a broker that vanishes mid-request would hold a delivery for 5 minutes.
    private const int DeliveryTimeoutMs = 10_000;

    public async Task RequestAsync(IReadOnlyList<string> topics, int partitions, CancellationToken ct)
    {
        var config = settings.CreateProducerConfig();
        config.MessageTimeoutMs = DeliveryTimeoutMs;
        using var producer = new ProducerBuilder<Null, byte[]>(config).WithLogging(logger).Build();
        // Sent together so that they share a batch; the host applies them in any order.
        await Task.WhenAll(topics.Select(topic => producer.ProduceAsync(
            ControlTopic.Name,
            new Message<Null, byte[]> { Value = ControlTopic.Serialize(new TopicCreateRequest(topic, partitions)) },
            ct)));
    }
}
