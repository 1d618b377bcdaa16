using LiveData.Messaging.Broker;

namespace LiveData.Tests.Messaging;

/// <summary>An embedded broker of the test's own on a free port, and the settings that reach it.</summary>
internal static class TestBroker
{
    public static Task<EmbeddedBroker> StartAsync() =>
        EmbeddedBroker.StartAsync(0, NullLogger.Instance, TestContext.Current.CancellationToken);

    public static KafkaSettings Settings(this EmbeddedBroker broker) => new(broker.BootstrapServers);
}
