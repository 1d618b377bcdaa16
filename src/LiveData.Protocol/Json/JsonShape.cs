using System.Text.Json;

namespace LiveData.Protocol.Json;

/// <summary>
/// The one place where reading a JSON message can fail: whatever the reader trips over (bad syntax, a
/// wrongly typed or missing field) becomes a <see cref="JsonFormatException"/>, which callers log, count
/// and skip. No malformed message may surface as any other exception type.
/// </summary>
internal static class JsonShape
{
    public static T Read<T>(string what, ReadOnlySpan<byte> json, Func<JsonElement, T> read)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            return read(document.RootElement);
        }
        catch (Exception e) when (e is JsonFormatException or JsonException or InvalidOperationException or FormatException or KeyNotFoundException or ArgumentException or OverflowException)
        {
            throw new JsonFormatException($"{what}: {e.Message}", e);
        }
    }
}
