using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Io.Cucumber.Messages.Types;

namespace LiveData.Bdd;

/// <summary>
/// JSON for Cucumber Messages: camelCase names, no nulls, and enums spelled as the protocol spells them
/// (PASSED, BEFORE_TEST_CASE, text/x.cucumber.gherkin+plain), taken from the generated XxxExtensions.Value().
/// </summary>
public static class MessagesJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new ProtocolEnumConverterFactory() },
    };

    /// <summary>One envelope as one line of NDJSON (without the line break).</summary>
    public static string Serialize(Envelope envelope) => JsonSerializer.Serialize(envelope, Options);

    private sealed class ProtocolEnumConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum && typeToConvert.Assembly == typeof(Envelope).Assembly;

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(ProtocolEnumConverter<>).MakeGenericType(typeToConvert))!;
    }

    private sealed class ProtocolEnumConverter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        private readonly Dictionary<T, string> _names = Enum.GetValues<T>().ToDictionary(v => v, ProtocolName);
        private readonly Dictionary<string, T> _values;

        public ProtocolEnumConverter() => _values = _names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetString() is { } name && _values.TryGetValue(name, out var value)
                ? value
                : throw new JsonException($"'{reader.GetString()}' is not a {typeof(T).Name}");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(_names[value]);

        // Cucumber.Messages generates, for each enum X, a static XExtensions.Value(this X) with the protocol's spelling.
        private static string ProtocolName(T value)
        {
            var extensions = typeof(T).Assembly.GetType($"{typeof(T).Namespace}.{typeof(T).Name}Extensions");
            var method = extensions?.GetMethod("Value", BindingFlags.Public | BindingFlags.Static, [typeof(T)]);
            return method?.Invoke(null, [value]) as string ?? value.ToString();
        }
    }
}
