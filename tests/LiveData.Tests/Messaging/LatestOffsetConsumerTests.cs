using LiveData.Messaging.Kafka;

namespace LiveData.Tests.Messaging;

public sealed class LatestOffsetConsumerTests
{

    [Fact]
    public async Task Disposing_twice_is_safe()
    {
        await using var broker = await TestBroker.StartAsync();
        broker.CreateTopic("commands");
        var consumer = await LatestOffsetConsumer.StartAsync(broker.Settings(), "twice", ["commands"], NullLogger.Instance, Ct);

        await consumer.DisposeAsync();
        var again = async () => await consumer.DisposeAsync();

        await again.Should().NotThrowAsync();
    }
}
