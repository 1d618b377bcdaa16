using System.Text.Json;
using System.Text.Json.Nodes;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.Sans;

/// <summary>Upstream's <c>SansWorkflowParams</c> (LoKI's I(Q)): Q and wavelength binning, beam centre, transmission mode.</summary>
public sealed record SansParams(QEdges QEdges, WavelengthEdges WavelengthEdges, BeamCenter BeamCenter, string Transmission)
{
    public static readonly SansParams Default = new(
        QEdges.Default,
        new WavelengthEdges(1.0, 13.0, 100, "linear", WavelengthUnit.Angstrom),
        BeamCenter.Default,
        TransmissionMode.CurrentRun);

    /// <exception cref="InvalidWorkflowParamsException">a field is invalid; the message names it.</exception>
    public static SansParams Parse(JsonElement parameters)
    {
        var root = ParamReader.Root(parameters);
        return new SansParams(
            QEdges.Read(root.Object("q_edges")),
            WavelengthEdges.Read(root.Object("wavelength_edges"), Default.WavelengthEdges),
            BeamCenter.Read(root.Object("beam_center")),
            root.Object("transmission").Choice("mode", Default.Transmission, TransmissionMode.Names));
    }

    /// <summary>As upstream's pydantic model dumps it.</summary>
    public JsonElement ToJson()
    {
        var json = new JsonObject
        {
            ["q_edges"] = new JsonObject { ["start"] = QEdges.Start, ["stop"] = QEdges.Stop, ["num_bins"] = QEdges.NumBins, ["scale"] = QEdges.Scale, ["unit"] = QEdges.Unit },
            ["wavelength_edges"] = new JsonObject
            {
                ["start"] = WavelengthEdges.Start, ["stop"] = WavelengthEdges.Stop, ["num_bins"] = WavelengthEdges.NumBins,
                ["scale"] = WavelengthEdges.Scale, ["unit"] = WavelengthEdges.Unit,
            },
            ["beam_center"] = new JsonObject { ["x"] = BeamCenter.X, ["y"] = BeamCenter.Y, ["unit"] = BeamCenter.Unit },
            ["transmission"] = new JsonObject { ["mode"] = Transmission },
        };
        return JsonSerializer.SerializeToElement(json);
    }
}
