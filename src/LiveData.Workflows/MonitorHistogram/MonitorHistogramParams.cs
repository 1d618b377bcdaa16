using System.Text.Json;
using LiveData.Core.Json;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.MonitorHistogram;

/// <summary>
/// Upstream's <c>MonitorDataParams</c>: the coordinate mode ('toa' or 'wavelength') with the edges and range of
/// each mode; only the active mode's are used. Unknown fields are ignored, as upstream's model does, so a
/// dashboard may send the full model.
/// </summary>
public sealed record MonitorHistogramParams(TimeOfArrivalEdges Edges, TimeOfArrivalRange Range)
{
    public static readonly MonitorHistogramParams Default = new(TimeOfArrivalEdges.Default, TimeOfArrivalRange.Default);

    public CoordinateMode Mode { get; init; } = CoordinateMode.TimeOfArrival;

    public WavelengthEdges WavelengthEdges { get; init; } = WavelengthEdges.Default;

    public WavelengthRange WavelengthRange { get; init; } = WavelengthRange.Default;

    public static MonitorHistogramParams Parse(JsonElement json)
    {
        var root = ParamReader.Root(json);
        return new MonitorHistogramParams(
            TimeOfArrivalEdges.Read(root.Object("toa_edges")),
            TimeOfArrivalRange.Read(root.Object("toa_range")))
        {
            Mode = CoordinateModes.Read(root.Object("coordinate_mode")),
            WavelengthEdges = WavelengthEdges.Read(root.Object("wavelength_edges")),
            WavelengthRange = WavelengthRange.Read(root.Object("wavelength_range")),
        };
    }

    /// <summary>The parameters as upstream's model dumps them (same field order, Python float formatting).</summary>
    public JsonElement ToJson()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("coordinate_mode");
            writer.WriteString("mode", CoordinateModes.Name(Mode));
            writer.WriteEndObject();
            WriteEdges(writer, "toa_edges", Edges.Start, Edges.Stop, Edges.NumBins, Edges.Scale, Edges.Unit);
            WriteRange(writer, "toa_range", Range.Start, Range.Stop, Range.Enabled, Range.Unit);
            WriteEdges(writer, "wavelength_edges", WavelengthEdges.Start, WavelengthEdges.Stop, WavelengthEdges.NumBins, WavelengthEdges.Scale, WavelengthEdges.Unit);
            WriteRange(writer, "wavelength_range", WavelengthRange.Start, WavelengthRange.Stop, WavelengthRange.Enabled, WavelengthRange.Unit);
            writer.WriteEndObject();
        }
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static void WriteEdges(Utf8JsonWriter writer, string name, double start, double stop, int numBins, string scale, string unit)
    {
        writer.WriteStartObject(name);
        writer.WritePythonFloat("start", start);
        writer.WritePythonFloat("stop", stop);
        writer.WriteNumber("num_bins", numBins);
        writer.WriteString("scale", scale);
        writer.WriteString("unit", unit);
        writer.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter writer, string name, double start, double stop, bool enabled, string unit)
    {
        writer.WriteStartObject(name);
        writer.WritePythonFloat("start", start);
        writer.WritePythonFloat("stop", stop);
        writer.WriteBoolean("enabled", enabled);
        writer.WriteString("unit", unit);
        writer.WriteEndObject();
    }
}
