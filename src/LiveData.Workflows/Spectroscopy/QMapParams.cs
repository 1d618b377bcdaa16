using System.Text.Json;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.Spectroscopy;

/// <summary>Upstream's <c>BifrostQMapParams</c>: |Q| edges (0.5–3 1/Å, 100 bins) and energy transfer edges (−1–1 meV, 100 bins).</summary>
public sealed record QMapParams(EdgeFields QEdges, EdgeFields EnergyEdges)
{
    public static readonly QMapParams Default = new(
        new EdgeFields(0.5, 3.0, 100, "linear", SpectroscopyUnits.InverseAngstrom),
        new EdgeFields(-1.0, 1.0, 100, "linear", SpectroscopyUnits.MilliElectronVolt));

    /// <exception cref="InvalidWorkflowParamsException">a field is invalid; the message names it.</exception>
    public static QMapParams Parse(JsonElement json)
    {
        var root = ParamReader.Root(json);
        return new QMapParams(
            EdgeFields.Read(root.Object("q_edges"), Default.QEdges, [.. SpectroscopyUnits.Q.Keys]),
            EdgeFields.Read(root.Object("energy_edges"), Default.EnergyEdges, [.. SpectroscopyUnits.Energy.Keys]));
    }

    /// <summary>Axis 1 is |Q| (dim <c>Q</c>), axis 2 the energy transfer (dim <c>ΔE</c>), as upstream's qmap factory sets them.</summary>
    public (CutAxis Axis1, CutAxis Axis2) Axes() =>
        (CutAxis.Length("Q", QEdges.Values(), QEdges.Unit), CutAxis.EnergyTransfer("ΔE", EnergyEdges.Values(), EnergyEdges.Unit));

    public JsonElement ToJson() => ParamJson.Write(writer =>
    {
        writer.WriteEdges("q_edges", QEdges);
        writer.WriteEdges("energy_edges", EnergyEdges);
    });
}
