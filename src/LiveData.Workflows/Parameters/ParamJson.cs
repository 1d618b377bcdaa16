using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using LiveData.Core.Json;

namespace LiveData.Workflows.Parameters;

/// <summary>
/// Writes parameters as upstream's models dump them: one object, fields in the model's order, floats in Python's
/// formatting, non-ASCII units (Å) as they are.
/// </summary>
public static class ParamJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonElement Write(Action<Utf8JsonWriter> writeFields)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writeFields(writer);
            writer.WriteEndObject();
        }
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>An edges model: start, stop, num_bins, scale, unit.</summary>
    public static void WriteEdges(this Utf8JsonWriter writer, string name, double start, double stop, int numBins, string scale, string unit)
    {
        writer.WriteStartObject(name);
        writer.WriteEdgeFields(new EdgeFields(start, stop, numBins, scale, unit));
        writer.WriteEndObject();
    }

    public static void WriteEdges(this Utf8JsonWriter writer, string name, EdgeFields edges) =>
        writer.WriteEdges(name, edges.Start, edges.Stop, edges.NumBins, edges.Scale, edges.Unit);

    /// <summary>An edges model's fields inside an object already open (a model that adds fields of its own).</summary>
    public static void WriteEdgeFields(this Utf8JsonWriter writer, EdgeFields edges)
    {
        writer.WritePythonFloat("start", edges.Start);
        writer.WritePythonFloat("stop", edges.Stop);
        writer.WriteNumber("num_bins", edges.NumBins);
        writer.WriteString("scale", edges.Scale);
        writer.WriteString("unit", edges.Unit);
    }

    /// <summary>A range model: start, stop, enabled, unit.</summary>
    public static void WriteRange(this Utf8JsonWriter writer, string name, double start, double stop, bool enabled, string unit)
    {
        writer.WriteStartObject(name);
        writer.WritePythonFloat("start", start);
        writer.WritePythonFloat("stop", stop);
        writer.WriteBoolean("enabled", enabled);
        writer.WriteString("unit", unit);
        writer.WriteEndObject();
    }
}
