using System.Text.Json;
using LiveData.Protocol.Json;

namespace LiveData.Protocol.Acknowledgements;

/// <summary>A worker's answer to a command, on <c>{instrument}_livedata_responses</c>.</summary>
public sealed record CommandAcknowledgement(string MessageId, string Device, AckResponse Response, string? Message)
{
    public static CommandAcknowledgement Ack(string messageId, string device) => new(messageId, device, AckResponse.Ack, null);

    public static CommandAcknowledgement Err(string messageId, string device, string message) => new(messageId, device, AckResponse.Err, message);

    public byte[] ToJson() => IdentityJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("message_id", MessageId);
        writer.WriteString("device", Device);
        writer.WriteString("response", Response == AckResponse.Ack ? "ACK" : "ERR");
        writer.WriteNullableString("message", Message);
        writer.WriteEndObject();
    });

    public static CommandAcknowledgement Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            var root = document.RootElement;
            var response = IdentityJson.RequiredString(root, "response", "") switch
            {
                "ACK" => AckResponse.Ack,
                "ERR" => AckResponse.Err,
                var other => throw IdentityJson.Invalid("response", $"must be ACK or ERR, got '{other}'"),
            };
            var message = root.OptionalString("message");
            return new CommandAcknowledgement(
                IdentityJson.RequiredString(root, "message_id", ""), IdentityJson.RequiredString(root, "device", ""), response, message);
        }
        catch (JsonException e)
        {
            throw new JsonFormatException($"acknowledgement is not valid JSON: {e.Message}", e);
        }
    }
}

public enum AckResponse
{
    Ack,
    Err,
}
