using System.Text.Json;
using LiveData.Core.Json;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.Reflectometry;

/// <summary>
/// Upstream's <c>EstiaReflectometryReductionParams</c>: the histogram edges in λ, Q and θ, the sample rotation μ,
/// the strip and z index limits and the beam divergence limits. Unknown fields are ignored, as upstream's model does.
/// </summary>
public sealed record ReflectometryParams(
    WavelengthEdges WavelengthEdges,
    EdgeFields QEdges,
    EdgeFields ThetaEdges,
    Angle SampleRotation,
    IndexLimits YIndexLimits,
    IndexLimits ZIndexLimits,
    AngleRange BeamDivergenceLimits)
{
    public static readonly ReflectometryParams Default = new(
        new WavelengthEdges(3.5, 12.0, 120, "linear", WavelengthUnit.Angstrom),
        new EdgeFields(0.01, 0.5, 400, "linear", ReflectometryUnits.InverseAngstrom),
        new EdgeFields(-1.0, 2.0, 120, "linear", ReflectometryUnits.Degree),
        new Angle(0.0, ReflectometryUnits.Degree),
        new IndexLimits(0, 63),
        new IndexLimits(0, 1535),
        new AngleRange(-0.75, 0.75, ReflectometryUnits.Degree));

    /// <exception cref="InvalidWorkflowParamsException">a field is invalid; the message names it by its dotted path.</exception>
    public static ReflectometryParams Parse(JsonElement json)
    {
        var root = ParamReader.Root(json);
        return new ReflectometryParams(
            WavelengthEdges.Read(root.Object("wavelength_edges"), Default.WavelengthEdges),
            EdgeFields.Read(root.Object("q_edges"), Default.QEdges, [.. ReflectometryUnits.Q.Keys]),
            EdgeFields.Read(root.Object("theta_edges"), Default.ThetaEdges, [.. ReflectometryUnits.Angles.Keys]),
            Angle.Read(root.Object("sample_rotation"), Default.SampleRotation),
            IndexLimits.Read(root.Object("y_index_limits"), Default.YIndexLimits),
            IndexLimits.Read(root.Object("z_index_limits"), Default.ZIndexLimits),
            AngleRange.Read(root.Object("beam_divergence_limits"), Default.BeamDivergenceLimits));
    }

    /// <summary>The parameters as upstream's model dumps them (same field order, Python float formatting).</summary>
    public JsonElement ToJson() => ParamJson.Write(writer =>
    {
        writer.WriteEdges("wavelength_edges", WavelengthEdges.Start, WavelengthEdges.Stop, WavelengthEdges.NumBins, WavelengthEdges.Scale, WavelengthEdges.Unit);
        writer.WriteEdges("q_edges", QEdges);
        writer.WriteEdges("theta_edges", ThetaEdges);
        writer.WriteStartObject("sample_rotation");
        writer.WritePythonFloat("value", SampleRotation.Value);
        writer.WriteString("unit", SampleRotation.Unit);
        writer.WriteEndObject();
        WriteLimits(writer, "y_index_limits", YIndexLimits);
        WriteLimits(writer, "z_index_limits", ZIndexLimits);
        writer.WriteStartObject("beam_divergence_limits");
        writer.WritePythonFloat("start", BeamDivergenceLimits.Start);
        writer.WritePythonFloat("stop", BeamDivergenceLimits.Stop);
        writer.WriteString("unit", BeamDivergenceLimits.Unit);
        writer.WriteEndObject();
    });

    private static void WriteLimits(Utf8JsonWriter writer, string name, IndexLimits limits)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("start", limits.Start);
        writer.WriteNumber("stop", limits.Stop);
        writer.WriteEndObject();
    }
}
