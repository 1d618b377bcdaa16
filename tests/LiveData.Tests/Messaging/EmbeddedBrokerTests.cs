using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Confluent.Kafka;
using LiveData.Messaging.Broker;

namespace LiveData.Tests.Messaging;

public sealed class EmbeddedBrokerTests
{

    [Fact]
    public async Task Clients_at_localhost_produce_and_consume_with_headers()
    {
        await using var broker = await TestBroker.StartAsync();
        broker.CreateTopic("round_trip");
        var settings = broker.Settings();
        broker.BootstrapServers.Should().Be($"localhost:{broker.Port}");

        using (var producer = KafkaTestClients.Producer(settings))
        {
            var message = new Message<Null, byte[]>
            {
                Value = "payload"u8.ToArray(),
                Headers = new Headers { { "schema", "ev44"u8.ToArray() } },
            };
            await producer.ProduceAsync("round_trip", message, Ct);
        }

        using var consumer = KafkaTestClients.Consumer(settings);
        consumer.Assign(new TopicPartitionOffset("round_trip", 0, Offset.Beginning));
        var result = KafkaTestClients.ConsumeOne(consumer, Ct);
        consumer.Close();

        result.Message.Value.Should().Equal("payload"u8.ToArray());
        Encoding.UTF8.GetString(result.Message.Headers.GetLastBytes("schema")).Should().Be("ev44");
    }

    [Fact]
    public async Task Metadata_names_only_the_public_address()
    {
        await using var broker = await TestBroker.StartAsync();

        var metadata = KafkaTestClients.Metadata(broker.Settings());

        var advertised = metadata.Brokers.Should().ContainSingle().Subject;
        advertised.Host.Should().Be("localhost");
        advertised.Port.Should().Be(broker.Port);
        broker.MockPort.Should().NotBe(broker.Port);
        metadata.OriginatingBrokerName.Should().NotContain(broker.MockPort.ToString());
    }

    [Fact]
    public async Task Messages_of_several_megabytes_pass()
    {
        await using var broker = await TestBroker.StartAsync();
        broker.CreateTopic("large");
        var settings = broker.Settings();
        var payload = new byte[3 * 1024 * 1024];
        Random.Shared.NextBytes(payload);

        using (var producer = KafkaTestClients.Producer(settings))
        {
            await producer.ProduceAsync("large", new Message<Null, byte[]> { Value = payload }, Ct);
        }

        using var consumer = KafkaTestClients.Consumer(settings);
        consumer.Assign(new TopicPartitionOffset("large", 0, Offset.Beginning));
        var result = KafkaTestClients.ConsumeOne(consumer, Ct);
        consumer.Close();

        result.Message.Value.Should().Equal(payload);
    }

    [Fact]
    public async Task Clients_that_resolve_localhost_to_ipv6_reach_the_broker()
    {
        Assert.SkipUnless(HasIpv6Loopback(), "This machine has no ::1.");
        await using var broker = await TestBroker.StartAsync();

        var metadata = KafkaTestClients.Metadata(new KafkaSettings($"[::1]:{broker.Port}"));

        metadata.Brokers.Should().ContainSingle().Which.Port.Should().Be(broker.Port);
    }

    [Fact]
    public async Task A_busy_port_is_reported_clearly()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;

        var start = () => EmbeddedBroker.StartAsync(port, NullLogger.Instance, Ct);

        (await start.Should().ThrowAsync<BrokerStartException>())
            .WithMessage($"Port {port} is already in use — is another broker running?*");
    }

    [Fact]
    public async Task A_second_broker_on_the_same_port_is_refused()
    {
        await using var first = await TestBroker.StartAsync();

        var second = () => EmbeddedBroker.StartAsync(first.Port, NullLogger.Instance, Ct);

        await second.Should().ThrowAsync<BrokerStartException>().WithMessage($"Port {first.Port} is already in use*");
        await BrokerProbe.EnsureReachableAsync(new KafkaSettings(first.BootstrapServers), TimeSpan.FromSeconds(10), Ct);
    }

    [Fact]
    public async Task A_single_partition_topic_delivers_a_burst_in_order()
    {
        const int count = 2000;
        await using var broker = await TestBroker.StartAsync();
        broker.CreateTopic("ordered");
        var settings = broker.Settings();

        using (var producer = KafkaTestClients.Producer(settings))
        {
            for (var i = 0; i < count; i++)
            {
                producer.Produce("ordered", new Message<Null, byte[]> { Value = BitConverter.GetBytes(i) });
            }

            producer.Flush(Ct);
        }

        using var consumer = KafkaTestClients.Consumer(settings);
        consumer.Assign(new TopicPartitionOffset("ordered", 0, Offset.Beginning));
        var received = Enumerable.Range(0, count)
            .Select(_ => BitConverter.ToInt32(KafkaTestClients.ConsumeOne(consumer, Ct).Message.Value))
            .ToList();
        consumer.Close();

        received.Should().Equal(Enumerable.Range(0, count));
    }

    [Fact]
    public async Task Stopping_with_connected_clients_is_prompt()
    {
        var broker = await TestBroker.StartAsync();
        broker.CreateTopic("busy");
        var settings = broker.Settings();
        using var producer = KafkaTestClients.Producer(settings);
        await producer.ProduceAsync("busy", new Message<Null, byte[]> { Value = [1] }, Ct);
        using var consumer = KafkaTestClients.Consumer(settings);
        consumer.Assign(new TopicPartitionOffset("busy", 0, Offset.Beginning));
        KafkaTestClients.ConsumeOne(consumer, Ct);

        var started = Stopwatch.GetTimestamp();
        await broker.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10), Ct);

        Stopwatch.GetElapsedTime(started).Should().BeLessThan(TimeSpan.FromSeconds(5));
        using var client = new TcpClient();
        var reconnect = () => client.ConnectAsync(IPAddress.Loopback, broker.Port, Ct).AsTask();
        await reconnect.Should().ThrowAsync<SocketException>();
    }

    private static bool HasIpv6Loopback()
    {
        if (!Socket.OSSupportsIPv6)
        {
            return false;
        }

        try
        {
            using var probe = new TcpListener(IPAddress.IPv6Loopback, 0);
            probe.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
