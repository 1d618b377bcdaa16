using System.Globalization;
using System.Text.Json;
using LiveData.Core.Json;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.Spectroscopy;

/// <summary>Writes the Q-map parameters as upstream's models dump them (field order, Python float formatting).</summary>
internal static class QMapJson
{
    public static JsonElement Object(Action<Utf8JsonWriter> fields)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            fields(writer);
            writer.WriteEndObject();
        }
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>An edges model's fields (start, stop, num_bins, scale, unit), inside an object already open.</summary>
    public static void WriteEdgeFields(Utf8JsonWriter writer, EdgeFields edges)
    {
        writer.WritePythonFloat("start", edges.Start);
        writer.WritePythonFloat("stop", edges.Stop);
        writer.WriteNumber("num_bins", edges.NumBins);
        writer.WriteString("scale", edges.Scale);
        writer.WriteString("unit", edges.Unit);
    }

    public static void WriteEdges(Utf8JsonWriter writer, string name, EdgeFields edges)
    {
        writer.WriteStartObject(name);
        WriteEdgeFields(writer, edges);
        writer.WriteEndObject();
    }

    /// <summary>Python's repr of a float (1.0, 0.5, 1e-05), as upstream's f-string puts it in a custom axis' dim name.</summary>
    public static string PythonRepr(double value) =>
        double.IsFinite(value) && value == Math.Floor(value) && Math.Abs(value) < 1e16
            ? value.ToString("0.0", CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture).ToLowerInvariant();
}
