namespace LiveData.Protocol.Json;

/// <summary>A JSON message that does not have the shape its kind requires.</summary>
public sealed class JsonFormatException(string message, Exception? inner = null) : Exception(message, inner);
