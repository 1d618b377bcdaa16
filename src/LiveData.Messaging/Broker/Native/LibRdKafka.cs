using System.Runtime.InteropServices;

namespace LiveData.Messaging.Broker.Native;

/// <summary>
/// The few librdkafka entry points needed to host a mock cluster. Confluent.Kafka does not
/// expose the mock API, so it is called directly; signatures follow <c>rdkafka.h</c> and
/// <c>rdkafka_mock.h</c> of librdkafka 2.16.
/// </summary>
internal static partial class LibRdKafka
{
    public const string LibraryName = "librdkafka";

    /// <summary><c>RD_KAFKA_PRODUCER</c>: the mock only needs a handle for bookkeeping.</summary>
    public const int ProducerType = 0;

    /// <summary><c>RD_KAFKA_CONF_OK</c>.</summary>
    public const int ConfOk = 0;

    /// <summary><c>RD_KAFKA_RESP_ERR_NO_ERROR</c>.</summary>
    public const int NoError = 0;

    /// <summary><c>RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS</c>.</summary>
    public const int TopicAlreadyExists = 36;

    static LibRdKafka() => LibRdKafkaResolver.Register(typeof(LibRdKafka).Assembly);

    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_conf_new")]
    public static partial nint ConfNew();

    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_conf_set", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int ConfSet(nint conf, string name, string value, byte[] errstr, nuint errstrSize);

    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_conf_destroy")]
    public static partial void ConfDestroy(nint conf);

    /// <remarks>Takes ownership of <paramref name="conf"/> only when it succeeds.</remarks>
    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_new")]
    public static partial nint New(int type, nint conf, byte[] errstr, nuint errstrSize);

    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_destroy")]
    public static partial void Destroy(nint rk);

    /// <remarks>Returns a static string owned by librdkafka; never free it.</remarks>
    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_err2str")]
    public static partial nint ErrorToString(int err);

    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_mock_cluster_new")]
    public static partial nint MockClusterNew(nint rk, int brokerCount);

    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_mock_cluster_destroy")]
    public static partial void MockClusterDestroy(nint cluster);

    /// <remarks>Returns a string owned by the cluster; never free it.</remarks>
    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_mock_cluster_bootstraps")]
    public static partial nint MockClusterBootstraps(nint cluster);

    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_mock_group_initial_rebalance_delay_ms")]
    public static partial void MockGroupInitialRebalanceDelayMs(nint cluster, int delayMs);

    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_mock_topic_create", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int MockTopicCreate(nint cluster, string topic, int partitionCount, int replicationFactor);

    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_mock_broker_set_host_port", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void MockBrokerSetHostPort(nint cluster, int brokerId, string host, int port);

    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_mock_push_request_errors_array")]
    public static partial void MockPushRequestErrorsArray(nint cluster, short apiKey, nuint count, int[] errors);

    [LibraryImport(LibraryName, EntryPoint = "rd_kafka_mock_broker_set_rtt")]
    public static partial int MockBrokerSetRtt(nint cluster, int brokerId, int rttMs);

    public static string DescribeError(int err) => Marshal.PtrToStringUTF8(ErrorToString(err)) ?? $"error {err}";
}
