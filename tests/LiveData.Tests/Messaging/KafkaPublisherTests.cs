using Confluent.Kafka;
using LiveData.Messaging.Broker;
using LiveData.Messaging.Kafka;
using Microsoft.Extensions.Logging;

namespace LiveData.Tests.Messaging;

public sealed class KafkaPublisherTests
{
    [Fact]
    public async Task Messages_are_spread_over_the_partitions_in_turn_so_each_outlives_the_next_ones()
    {
        const int Partitions = 8;
        const int Rounds = 5;
        await using var broker = await EmbeddedBroker.StartAsync(0, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, Ct);
        broker.CreateTopic("results", Partitions);
        broker.CreateTopic("heartbeats");
        using var publisher = new KafkaPublisher(broker.Settings(), new ListLogger<KafkaPublisher>());

        for (var i = 0; i < Partitions * Rounds; i++)
        {
            publisher.Publish("results", [(byte)i]);
            publisher.Publish("heartbeats", [(byte)i]);
        }
        publisher.Flush(Ct);

        using var consumer = KafkaTestClients.Consumer(broker.Settings());
        var perPartition = Enumerable.Range(0, Partitions)
            .Select(p => consumer.QueryWatermarkOffsets(new TopicPartition("results", p), KafkaTestClients.Deadline).High.Value);
        perPartition.Should().AllBeEquivalentTo(Rounds, "messages of one topic take the partitions in turn, whatever other topics publish");
    }

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
