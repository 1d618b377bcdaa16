using System.Net;
using System.Runtime.InteropServices;
using System.Text;

namespace LiveData.Messaging.Broker.Native;

/// <summary>
/// A single-broker librdkafka mock cluster and the dummy client handle that owns it.
/// All calls are serialised so that disposal can never race a topic creation.
/// </summary>
internal sealed class MockCluster : IDisposable
{
    public const int BrokerId = 1;

    // The mock enforces the host handle's receive.message.max.bytes on every request
    // (default 100 MB), which is below what a producer with message.max.bytes 100971520
    // may send; raise it to librdkafka's maximum so only the clients' own limits apply.
    private const string MaxRequestBytes = "2147483647";

    private const int ErrorBufferSize = 512;

    private readonly Lock _gate = new();
    private nint _client;
    private nint _cluster;

    private readonly TopicLedger? _ledger;

    private MockCluster(nint client, nint cluster, IPEndPoint listenEndPoint, TopicLedger? ledger)
    {
        _client = client;
        _cluster = cluster;
        _ledger = ledger;
        ListenEndPoint = listenEndPoint;
    }

    /// <summary>Where the mock broker really listens (127.0.0.1 on a kernel-chosen port).</summary>
    public IPEndPoint ListenEndPoint { get; }

    /// <param name="ledger">Where created topics are remembered; its topics are created again first.</param>
    /// <exception cref="InvalidDataException">The ledger file is not readable as a topic list.</exception>
    public static MockCluster Create(TopicLedger? ledger)
    {
        var client = NewClientHandle();
        var cluster = LibRdKafka.MockClusterNew(client, 1);
        if (cluster == 0)
        {
            LibRdKafka.Destroy(client);
            throw new InvalidOperationException("librdkafka could not create a mock cluster.");
        }

        // Read before any advertised address is changed: bootstraps reports the advertised one.
        var bootstraps = Marshal.PtrToStringUTF8(LibRdKafka.MockClusterBootstraps(cluster));
        if (bootstraps is null || !IPEndPoint.TryParse(bootstraps.Split(',')[0], out var endPoint))
        {
            LibRdKafka.MockClusterDestroy(cluster);
            LibRdKafka.Destroy(client);
            throw new InvalidOperationException($"Unexpected mock cluster bootstrap address '{bootstraps}'.");
        }

        // The default 3 s delay before the first group join completes would slow every consumer group.
        LibRdKafka.MockGroupInitialRebalanceDelayMs(cluster, 0);
        var mock = new MockCluster(client, cluster, endPoint, ledger);
        try
        {
            foreach (var (topic, partitions) in ledger?.Load() ?? [])
            {
                mock.CreateInMock(topic, partitions);
            }
        }
        catch
        {
            mock.Dispose();
            throw;
        }
        return mock;
    }

    /// <summary>Changes the address Metadata responses report for the broker; the bind is unaffected.</summary>
    public void Advertise(string host, int port)
    {
        lock (_gate)
        {
            LibRdKafka.MockBrokerSetHostPort(LiveCluster(), BrokerId, host, port);
        }
    }

    /// <returns><c>true</c> if created, <c>false</c> if a topic of that name already existed.</returns>
    public bool CreateTopic(string topic, int partitions)
    {
        var created = CreateInMock(topic, partitions);
        if (created)
        {
            _ledger?.Remember(topic, partitions);
        }

        return created;
    }

    private bool CreateInMock(string topic, int partitions)
    {
        int err;
        lock (_gate)
        {
            err = LibRdKafka.MockTopicCreate(LiveCluster(), topic, partitions, replicationFactor: 1);
        }

        return err switch
        {
            LibRdKafka.NoError => true,
            LibRdKafka.TopicAlreadyExists => false,
            _ => throw new InvalidOperationException(
                $"The embedded broker could not create topic '{topic}': {LibRdKafka.DescribeError(err)}"),
        };
    }

    /// <summary>The next <paramref name="count"/> requests of the kind are answered with <paramref name="errorCode"/> (a Kafka protocol error).</summary>
    public void FailNextRequests(KafkaRequest request, int errorCode, int count)
    {
        lock (_gate)
        {
            LibRdKafka.MockPushRequestErrorsArray(LiveCluster(), (short)request, (nuint)count, [.. Enumerable.Repeat(errorCode, count)]);
        }
    }

    /// <summary>Delays every response of the broker by <paramref name="milliseconds"/> (0 for none).</summary>
    public void SetRoundTrip(int milliseconds)
    {
        int err;
        lock (_gate)
        {
            err = LibRdKafka.MockBrokerSetRtt(LiveCluster(), BrokerId, milliseconds);
        }
        if (err != LibRdKafka.NoError)
        {
            throw new InvalidOperationException($"The embedded broker could not set its round trip: {LibRdKafka.DescribeError(err)}");
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_cluster != 0)
            {
                LibRdKafka.MockClusterDestroy(_cluster);
                _cluster = 0;
            }

            if (_client != 0)
            {
                LibRdKafka.Destroy(_client);
                _client = 0;
            }
        }
    }

    private nint LiveCluster() => _cluster != 0 ? _cluster : throw new ObjectDisposedException(nameof(MockCluster));

    private static nint NewClientHandle()
    {
        var errors = new byte[ErrorBufferSize];
        var conf = LibRdKafka.ConfNew();
        // The handle has no bootstrap servers on purpose; its notice about that is noise.
        SetOrThrow(conf, "log_level", "3", errors);
        SetOrThrow(conf, "receive.message.max.bytes", MaxRequestBytes, errors);
        SetOrThrow(conf, "client.id", "livedata-embedded-broker", errors);

        var client = LibRdKafka.New(LibRdKafka.ProducerType, conf, errors, (nuint)errors.Length);
        if (client == 0)
        {
            LibRdKafka.ConfDestroy(conf);
            throw new InvalidOperationException($"librdkafka could not create the mock's client handle: {Text(errors)}");
        }

        return client;
    }

    private static void SetOrThrow(nint conf, string name, string value, byte[] errors)
    {
        if (LibRdKafka.ConfSet(conf, name, value, errors, (nuint)errors.Length) != LibRdKafka.ConfOk)
        {
            LibRdKafka.ConfDestroy(conf);
            throw new InvalidOperationException($"librdkafka rejected {name}={value}: {Text(errors)}");
        }
    }

    private static string Text(byte[] nulTerminated)
    {
        var length = Array.IndexOf(nulTerminated, (byte)0);
        return Encoding.UTF8.GetString(nulTerminated, 0, length < 0 ? nulTerminated.Length : length);
    }
}
