using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LiveData.Wire.Ad00;
using LiveData.Wire.Da00;
using LiveData.Wire.Ev44;
using LiveData.Wire.F144;
using LiveData.Wire.X5f2;

namespace LiveData.Wire;

/// <summary>
/// Human-readable JSON of any supported message, in the same structure as the reference dumps
/// next to the golden vectors: same keys and order, arrays as {dtype, shape, values}, absent optional strings as null.
/// </summary>
public static class WireJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Units such as "μs" stay readable.
    };

    /// <exception cref="WireFormatException">Unknown schema identifier, or a malformed message.</exception>
    public static string ToJson(ReadOnlySpan<byte> payload)
    {
        var schema = SchemaId.Identify(payload)
            ?? throw new WireFormatException($"payload of {payload.Length} bytes is too short to carry a schema identifier");
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output, Options))
        {
            switch (schema)
            {
                case SchemaId.Ev44: Ev44Json.Write(writer, Ev44View.Read(payload)); break;
                case SchemaId.Da00: Da00Json.Write(writer, Da00Codec.Decode(payload)); break;
                case SchemaId.F144: F144Json.Write(writer, F144Codec.Decode(payload)); break;
                case SchemaId.X5f2: X5f2Json.Write(writer, X5f2Codec.Decode(payload)); break;
                case SchemaId.Ad00: Ad00Json.Write(writer, Ad00Codec.Decode(payload)); break;
                default: throw UnknownSchema(payload.Slice(4, 4));
            }
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static WireFormatException UnknownSchema(ReadOnlySpan<byte> identifier)
    {
        var printable = new string(Encoding.Latin1.GetString(identifier).Select(c => c is >= (char)0x21 and <= (char)0x7e ? c : '?').ToArray());
        return new WireFormatException(
            $"unknown schema identifier '{printable}' (bytes {Convert.ToHexString(identifier)}); expected one of {SchemaId.Ev44}, {SchemaId.Da00}, {SchemaId.F144}, {SchemaId.X5f2}, {SchemaId.Ad00}");
    }
}
