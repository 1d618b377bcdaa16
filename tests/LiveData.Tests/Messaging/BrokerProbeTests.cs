using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using LiveData.Messaging.Broker;

namespace LiveData.Tests.Messaging;

public sealed class BrokerProbeTests
{

    [Fact]
    public async Task A_running_broker_is_reachable()
    {
        await using var broker = await TestBroker.StartAsync();

        var probe = () => BrokerProbe.EnsureReachableAsync(broker.Settings(), TimeSpan.FromSeconds(10), Ct);

        await probe.Should().NotThrowAsync();
    }

    [Fact]
    public async Task No_broker_fails_by_the_deadline_with_directions()
    {
        var address = $"localhost:{UnusedPort()}";
        var timeout = TimeSpan.FromSeconds(3);
        var started = Stopwatch.GetTimestamp();

        var probe = () => BrokerProbe.EnsureReachableAsync(new KafkaSettings(address), timeout, Ct);

        (await probe.Should().ThrowAsync<BrokerUnreachableException>())
            .WithMessage($"No Kafka broker at {address}*livedata broker*KAFKA_BOOTSTRAP_SERVERS*");
        Stopwatch.GetElapsedTime(started).Should().BeLessThan(timeout + TimeSpan.FromSeconds(2));
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
