using LiveData.Messaging.Broker.Control;
using LiveData.Messaging.Configuration;
using Microsoft.Extensions.Logging;

namespace LiveData.Messaging.Topics;

/// <summary>Asks the embedded broker's host to create topics, via its control topic.</summary>
internal sealed class ControlTopicCreator(KafkaSettings settings, ILogger logger) : ITopicCreator
{
    public Task RequestAsync(IReadOnlyList<string> topics, int partitions, CancellationToken ct) =>
        ControlTopicClient.SendAsync(settings, topics.Select(topic => new BrokerControlRequest(topic, partitions)), logger, ct);
}
