using System.Text.Json;
using LiveData.Core.Json;
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

    /// <summary>As upstream's pydantic model dumps it (same field order, Python float formatting).</summary>
    public JsonElement ToJson() => ParamJson.Write(writer =>
    {
        writer.WriteEdges("q_edges", QEdges.Start, QEdges.Stop, QEdges.NumBins, QEdges.Scale, QEdges.Unit);
        writer.WriteEdges("wavelength_edges", WavelengthEdges.Start, WavelengthEdges.Stop, WavelengthEdges.NumBins, WavelengthEdges.Scale, WavelengthEdges.Unit);
        writer.WriteStartObject("beam_center");
        writer.WritePythonFloat("x", BeamCenter.X);
        writer.WritePythonFloat("y", BeamCenter.Y);
        writer.WriteString("unit", BeamCenter.Unit);
        writer.WriteEndObject();
        writer.WriteStartObject("transmission");
        writer.WriteString("mode", Transmission);
        writer.WriteEndObject();
    });
}
