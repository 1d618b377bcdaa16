using System.Text.Json.Serialization;

namespace LiveData.Messaging.Broker.Control;

/// <summary>A request on the control topic: <c>{"create_topic":"name","partitions":N}</c>.</summary>
internal sealed record TopicCreateRequest(
    [property: JsonPropertyName("create_topic")] string? Topic,
    [property: JsonPropertyName("partitions")] int Partitions = 1);

[JsonSerializable(typeof(TopicCreateRequest))]
internal sealed partial class ControlTopicJsonContext : JsonSerializerContext;
