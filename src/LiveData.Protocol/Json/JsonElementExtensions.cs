using System.Text.Json;

namespace LiveData.Protocol.Json;

/// <summary>Optional-field reads: absent and explicit null both mean "not given".</summary>
internal static class JsonElementExtensions
{
    public static string? OptionalString(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static long? OptionalInt64(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;
}
