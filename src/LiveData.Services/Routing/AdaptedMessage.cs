using LiveData.Protocol.Commands;

namespace LiveData.Services.Routing;

/// <summary>A raw Kafka record after decoding and routing.</summary>
public abstract record AdaptedMessage;

public sealed record CommandMessage(Command Command) : AdaptedMessage;

/// <summary>Data for one internal stream; <see cref="TimestampNs"/> is data time and drives batching.</summary>
public sealed record StreamMessage(string Stream, long TimestampNs, ReadOnlyMemory<byte> Payload) : AdaptedMessage;
