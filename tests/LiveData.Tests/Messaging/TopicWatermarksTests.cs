using Confluent.Kafka;

namespace LiveData.Tests.Messaging;

public sealed class TopicWatermarksTests
{

    [Fact]
    public async Task The_high_watermark_sums_all_partitions()
    {
        await using var broker = await TestBroker.StartAsync();
        broker.CreateTopic("counted", partitions: 3);
        var settings = broker.Settings();
        using (var producer = KafkaTestClients.Producer(settings))
        {
            foreach (var (partition, count) in new[] { (0, 2), (1, 1), (2, 3) })
            {
                for (var i = 0; i < count; i++)
                {
                    await producer.ProduceAsync(new TopicPartition("counted", partition), new Message<Null, byte[]> { Value = [1] }, Ct);
                }
            }
        }

        var total = await TopicWatermarks.HighWatermarkAsync(settings, "counted", Ct);

        total.Should().Be(6);
    }

    [Fact]
    public async Task An_empty_topic_has_watermark_zero()
    {
        await using var broker = await TestBroker.StartAsync();
        broker.CreateTopic("quiet");

        var total = await TopicWatermarks.HighWatermarkAsync(broker.Settings(), "quiet", Ct);

        total.Should().Be(0);
    }

    [Fact]
    public async Task Asking_for_a_missing_topic_fails_without_creating_it()
    {
        await using var broker = await TestBroker.StartAsync();
        var settings = broker.Settings();

        var act = () => TopicWatermarks.HighWatermarkAsync(settings, "absent", Ct);

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*absent*");
        KafkaTestClients.Metadata(settings).Topics.Should().NotContain(t => t.Topic == "absent");
    }
}
