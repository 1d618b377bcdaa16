using LiveData.Messaging.Broker;
using LiveData.Messaging.Kafka;
using Microsoft.Extensions.Logging;

namespace LiveData.Tests.Messaging;

public sealed class KafkaPublisherTests
{

    [Fact]
    public async Task A_message_too_big_to_publish_is_logged_and_counted_and_publishing_carries_on()
    {
        await using var broker = await EmbeddedBroker.StartAsync(0, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, Ct);
        broker.CreateTopic("results");
        var log = new ListLogger<KafkaPublisher>();
        using var publisher = new KafkaPublisher(broker.Settings(), log);

        publisher.Publish("results", new byte[KafkaSettings.MaxMessageBytes + 1]);
        publisher.Publish("results", [1, 2, 3]);
        publisher.Flush(Ct);

        publisher.Failed.Should().Be(1);
        publisher.Delivered.Should().Be(1);
        log.AtLeast(LogLevel.Error).Should().ContainSingle().Which.Should().Contain($"{KafkaSettings.MaxMessageBytes + 1}-byte message for results");
        (await TopicWatermarks.HighWatermarkAsync(broker.Settings(), "results", Ct)).Should().Be(1);
    }
}
