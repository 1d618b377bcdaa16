using System.Text.Json;
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
    public JsonElement ToJson() => ParamJson.Write(writer =>
    {
        writer.WriteStartObject("coordinate_mode");
        writer.WriteString("mode", CoordinateModes.Name(Mode));
        writer.WriteEndObject();
        writer.WriteEdges("toa_edges", Edges.Start, Edges.Stop, Edges.NumBins, Edges.Scale, Edges.Unit);
        writer.WriteRange("toa_range", Range.Start, Range.Stop, Range.Enabled, Range.Unit);
        writer.WriteEdges("wavelength_edges", WavelengthEdges.Start, WavelengthEdges.Stop, WavelengthEdges.NumBins, WavelengthEdges.Scale, WavelengthEdges.Unit);
        writer.WriteRange("wavelength_range", WavelengthRange.Start, WavelengthRange.Stop, WavelengthRange.Enabled, WavelengthRange.Unit);
    });
}
