using System.Text.Json;

namespace LiveData.Protocol.Json;

/// <summary>Null-aware writes: upstream's models emit explicit <c>null</c> for absent optional fields.</summary>
internal static class JsonWriterExtensions
{
    public static void WriteNullableString(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    public static void WriteNullableNumber(this Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
