using System.Text.Json;
using Confluent.Kafka;

namespace LiveData.Messaging.Broker.Control;

/// <summary>
/// The embedded broker's control channel. The mock has no CreateTopics API, and auto-creation
/// on produce always gives 4 partitions, so clients in other processes ask the broker host to
/// create topics (or, in tests, to inject faults) by writing a request here. Its presence also tells clients that they talk to
/// the embedded broker rather than real Kafka.
/// </summary>
internal static class ControlTopic
{
    public const string Name = "__livedata_broker";

    public static bool IsListedIn(Metadata metadata) => metadata.Topics.Any(t => t.Topic == Name);

    public static byte[] Serialize(BrokerControlRequest request) =>
        JsonSerializer.SerializeToUtf8Bytes(request, ControlTopicJsonContext.Default.BrokerControlRequest);

    /// <exception cref="JsonException">The payload is not a control request.</exception>
    public static BrokerControlRequest Deserialize(ReadOnlySpan<byte> payload) =>
        JsonSerializer.Deserialize(payload, ControlTopicJsonContext.Default.BrokerControlRequest)
        ?? throw new JsonException("The request is JSON null.");
}
