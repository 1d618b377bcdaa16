using FluentAssertions;
using LiveData.Messaging.Broker;
using LiveData.Messaging.Configuration;
using LiveData.Messaging.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace LiveData.Tests.Messaging;

public sealed class LatestOffsetConsumerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Disposing_twice_is_safe()
    {
        await using var broker = await EmbeddedBroker.StartAsync(0, NullLogger.Instance, Ct);
        broker.CreateTopic("commands");
        var consumer = await LatestOffsetConsumer.StartAsync(new KafkaSettings(broker.BootstrapServers), "twice", ["commands"], NullLogger.Instance, Ct);

        await consumer.DisposeAsync();
        var again = async () => await consumer.DisposeAsync();

        await again.Should().NotThrowAsync();
    }
}
