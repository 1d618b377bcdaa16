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

    public static CommandAcknowledgement Parse(ReadOnlySpan<byte> json) => JsonShape.Read("invalid acknowledgement", json, root =>
    {
        var response = IdentityJson.RequiredString(root, "response", "") switch
        {
            "ACK" => AckResponse.Ack,
            "ERR" => AckResponse.Err,
            var other => throw IdentityJson.Invalid("response", $"must be ACK or ERR, got '{other}'"),
        };
        return new CommandAcknowledgement(
            IdentityJson.RequiredString(root, "message_id", ""), IdentityJson.RequiredString(root, "device", ""), response, root.OptionalString("message"));
    });
}

public enum AckResponse
{
    Ack,
    Err,
}
