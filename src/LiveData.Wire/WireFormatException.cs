namespace LiveData.Wire;

/// <summary>
/// A payload does not follow the FlatBuffers layout or the schema it claims to carry.
/// Decoders throw only this for bad input, so callers can drop a message with one catch.
/// </summary>
public sealed class WireFormatException(string message) : Exception(message);
