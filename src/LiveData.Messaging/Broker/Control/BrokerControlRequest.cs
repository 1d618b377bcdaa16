using System.Text.Json.Serialization;

namespace LiveData.Messaging.Broker.Control;

/// <summary>
/// A request on the control topic: create a topic (<c>{"create_topic":"name","partitions":N}</c>), make
/// the next requests of one kind fail (<c>{"fail_requests":"Produce","error_code":6,"count":5}</c>), or
/// delay every response (<c>{"round_trip_ms":200}</c>). The faults exist for tests of client resilience.
/// </summary>
internal sealed record BrokerControlRequest(
    [property: JsonPropertyName("create_topic")] string? Topic = null,
    [property: JsonPropertyName("partitions")] int Partitions = 1,
    [property: JsonPropertyName("fail_requests")] KafkaRequest? FailRequests = null,
    [property: JsonPropertyName("error_code")] int ErrorCode = 0,
    [property: JsonPropertyName("count")] int Count = 0,
    [property: JsonPropertyName("round_trip_ms")] int? RoundTripMs = null);

[JsonSerializable(typeof(BrokerControlRequest))]
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
internal sealed partial class ControlTopicJsonContext : JsonSerializerContext;
