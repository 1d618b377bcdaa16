using Confluent.Kafka;
using LiveData.Messaging.Clients;
using LiveData.Messaging.Configuration;
using Microsoft.Extensions.Logging;

namespace LiveData.Messaging.Broker.Control;

/// <summary>Writes requests to the embedded broker's control topic and returns once the broker has them.</summary>
internal static class ControlTopicClient
{
    // Without a bound, a broker that vanishes mid-request would hold a delivery for 5 minutes.
    private const int DeliveryTimeoutMs = 10_000;

    public static async Task SendAsync(KafkaSettings settings, IEnumerable<BrokerControlRequest> requests, ILogger logger, CancellationToken ct)
    {
        var config = settings.CreateProducerConfig();
        config.MessageTimeoutMs = DeliveryTimeoutMs;
        using var producer = new ProducerBuilder<Null, byte[]>(config).WithLogging(logger).Build();
        // Sent together so that they share a batch; the host applies them in order.
        await Task.WhenAll(requests.Select(request => producer.ProduceAsync(
            ControlTopic.Name,
            new Message<Null, byte[]> { Value = ControlTopic.Serialize(request) },
            ct)));
    }
}
