using System.Net.Sockets;
using Confluent.Kafka;
using LiveData.Messaging.Broker.Control;
using LiveData.Messaging.Broker.Native;
using LiveData.Messaging.Broker.Relay;
using LiveData.Messaging.Clients;
using LiveData.Messaging.Configuration;
using LiveData.Messaging.Topics;
using Microsoft.Extensions.Logging;

namespace LiveData.Messaging.Broker;

/// <summary>
/// A Kafka-protocol broker inside this process: librdkafka's in-memory mock cluster, reachable
/// from any process at <c>localhost:PORT</c>. State lives in memory and is gone after disposal.
/// Other processes create topics through <see cref="TopicProvisioner"/>.
/// </summary>
public sealed class EmbeddedBroker : IAsyncDisposable
{
    /// <summary>
    /// Partitions for a results topic on this broker. Every view of a big instrument publishes megabytes of images at
    /// once each second (NMX: six of 13 MB). The mock keeps about 5 MiB per partition, and a message larger than that
    /// only until the next one lands in its partition: on one partition (or 8, or 16) a round of results is mostly gone
    /// before the dashboard fetches it. On 64, taken in turn (<see cref="Kafka.RoundRobinPartitioner"/>), each message
    /// outlives the next 63: about two rounds of NMX's 30 results.
    /// </summary>
    public const int ResultTopicPartitions = 64;

    private const string AdvertisedHost = "localhost";
    private static readonly TimeSpan SelfCheckTimeout = TimeSpan.FromSeconds(10);

    private readonly MockCluster _cluster;
    private readonly LoopbackRelay _relay;
    private readonly ILogger _logger;
    private ControlTopicListener? _control;
    private int _disposed;

    private EmbeddedBroker(MockCluster cluster, LoopbackRelay relay, ILogger logger)
    {
        _cluster = cluster;
        _relay = relay;
        _logger = logger;
    }

    /// <summary>The port clients connect to (the one chosen by the kernel if 0 was asked for).</summary>
    public int Port => _relay.Port;

    /// <summary>The address for clients, e.g. <c>localhost:9092</c>.</summary>
    public string BootstrapServers => $"{AdvertisedHost}:{Port}";

    /// <summary>Where the mock really listens; never advertised to clients.</summary>
    internal int MockPort => _cluster.ListenEndPoint.Port;

    /// <summary>
    /// Starts the broker on <paramref name="port"/> (0 = any free port) and returns once a
    /// client can fetch metadata through <see cref="BootstrapServers"/>.
    /// </summary>
    /// <exception cref="BrokerStartException">The port is taken, or librdkafka could not host the mock.</exception>
    /// <param name="ledger">Where the broker remembers its topics across restarts; null to forget them.</param>
    public static async Task<EmbeddedBroker> StartAsync(int port, ILogger logger, CancellationToken ct, TopicLedger? ledger = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        ArgumentNullException.ThrowIfNull(logger);
        ct.ThrowIfCancellationRequested();

        var cluster = CreateCluster(ledger);
        LoopbackRelay relay;
        try
        {
            relay = LoopbackRelay.Start(port, cluster.ListenEndPoint, logger);
        }
        catch (SocketException ex)
        {
            cluster.Dispose();
            throw new BrokerStartException($"Cannot listen on port {port}: {ex.Message}", ex);
        }
        catch
        {
            cluster.Dispose();
            throw;
        }

        var broker = new EmbeddedBroker(cluster, relay, logger);
        try
        {
            // Metadata must name the relay, never the mock's own port, or clients would bypass it.
            cluster.Advertise(AdvertisedHost, relay.Port);
            cluster.CreateTopic(ControlTopic.Name, partitions: 1);
            broker._control = ControlTopicListener.Start(broker.BootstrapServers, cluster, logger);
            await broker.VerifyReachableAsync(ct);
        }
        catch
        {
            await broker.DisposeAsync();
            throw;
        }

        logger.LogInformation(
            "Embedded Kafka broker listening on {BootstrapServers} (mock cluster at {MockEndPoint})",
            broker.BootstrapServers,
            cluster.ListenEndPoint);
        return broker;
    }

    /// <summary>Creates a topic directly in the mock cluster.</summary>
    /// <returns><c>true</c> if created, <c>false</c> if it already existed (its partitions are left as they are).</returns>
    public bool CreateTopic(string topic, int partitions = 1)
    {
        TopicNames.Validate(topic);
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        return _cluster.CreateTopic(topic, partitions);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        // Reverse start order: the listener still needs the relay to leave cleanly, and the
        // mock must outlive every connection that reaches it.
        try
        {
            if (_control is not null)
            {
                await _control.DisposeAsync();
            }
        }
        finally
        {
            try
            {
                await _relay.DisposeAsync();
            }
            finally
            {
                _cluster.Dispose();
            }
        }

        _logger.LogInformation("Embedded Kafka broker on {BootstrapServers} stopped", BootstrapServers);
    }

    private static MockCluster CreateCluster(TopicLedger? ledger)
    {
        try
        {
            return MockCluster.Create(ledger);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or InvalidOperationException)
        {
            throw new BrokerStartException($"librdkafka could not host the embedded broker: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            throw new BrokerStartException($"The embedded broker could not read its topics from {ledger?.Path}: {ex.Message}", ex);
        }
    }

    private async Task VerifyReachableAsync(CancellationToken ct)
    {
        using var admin = new AdminClientBuilder(new KafkaSettings(BootstrapServers).CreateAdminConfig())
            .WithLogging(_logger)
            .Build();
        Metadata metadata;
        try
        {
            metadata = await ClusterMetadata.FetchAsync(admin, BootstrapServers, SelfCheckTimeout, ct);
        }
        catch (BrokerUnreachableException ex)
        {
            throw new BrokerStartException($"The embedded broker did not answer on {BootstrapServers}: {ex.Message}", ex);
        }

        var advertised = metadata.Brokers.Single();
        if (advertised.Host != AdvertisedHost || advertised.Port != Port)
        {
            throw new BrokerStartException(
                $"The embedded broker advertises {advertised.Host}:{advertised.Port} instead of {BootstrapServers}.");
        }
    }
}
