using System.Text.Json;
using LiveData.Core.Json;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.MonitorHistogram;

/// <summary>
/// Time-of-arrival-only monitor parameters (upstream's TOAOnlyMonitorDataParams). Unknown fields are
/// ignored, as upstream's model does, so a dashboard may send the full model.
/// </summary>
public sealed record MonitorHistogramParams(TimeOfArrivalEdges Edges, TimeOfArrivalRange Range)
{
    public static readonly MonitorHistogramParams Default = new(TimeOfArrivalEdges.Default, TimeOfArrivalRange.Default);

    public static MonitorHistogramParams Parse(JsonElement json)
    {
        var root = ParamReader.Root(json);
        root.Object("coordinate_mode").Choice("mode", "toa", ["toa"]);
        return new MonitorHistogramParams(
            TimeOfArrivalEdges.Read(root.Object("toa_edges")),
            TimeOfArrivalRange.Read(root.Object("toa_range")));
    }

    /// <summary>The parameters as upstream's model dumps them (same field order, Python float formatting).</summary>
    public JsonElement ToJson()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("coordinate_mode");
            writer.WriteString("mode", "toa");
            writer.WriteEndObject();
            writer.WriteStartObject("toa_edges");
            writer.WritePythonFloat("start", Edges.Start);
            writer.WritePythonFloat("stop", Edges.Stop);
            writer.WriteNumber("num_bins", Edges.NumBins);
            writer.WriteString("scale", Edges.Scale);
            writer.WriteString("unit", Edges.Unit);
            writer.WriteEndObject();
            writer.WriteStartObject("toa_range");
            writer.WritePythonFloat("start", Range.Start);
            writer.WritePythonFloat("stop", Range.Stop);
            writer.WriteBoolean("enabled", Range.Enabled);
            writer.WriteString("unit", Range.Unit);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
