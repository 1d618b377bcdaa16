using System.Text.Json;
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

    public JsonElement ToJson() => JsonSerializer.SerializeToElement(new Dictionary<string, object>
    {
        ["coordinate_mode"] = new Dictionary<string, object> { ["mode"] = "toa" },
        ["toa_edges"] = new Dictionary<string, object>
        {
            ["start"] = Edges.Start, ["stop"] = Edges.Stop, ["num_bins"] = Edges.NumBins, ["scale"] = Edges.Scale, ["unit"] = Edges.Unit,
        },
        ["toa_range"] = new Dictionary<string, object>
        {
            ["start"] = Range.Start, ["stop"] = Range.Stop, ["enabled"] = Range.Enabled, ["unit"] = Range.Unit,
        },
    });
}
