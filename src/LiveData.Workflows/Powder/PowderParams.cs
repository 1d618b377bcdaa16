using System.Text.Json;
using LiveData.Core.Json;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.Powder;

/// <summary>
/// Upstream's <c>PowderWorkflowParams</c> (DREAM): d-spacing and 2θ edges of the outputs, the wavelength range of the
/// events kept (endpoints included) and the instrument configuration (band-chopper setting; 'high_resolution' is
/// refused as upstream refuses it). The configuration names upstream's lookup table; LiveData uses the installed one.
/// </summary>
public sealed record PowderParams(PowderEdges DspacingEdges, PowderEdges TwoThetaEdges, double WavelengthStart, double WavelengthStop, string WavelengthUnit, string InstrumentConfiguration)
{
    public static readonly PowderParams Default = new(
        new PowderEdges(0.4, 3.5, 500, "linear", "Å", 1.0),
        new PowderEdges(0.4, 3.1415, 100, "linear", "rad", 1.0),
        1.1, 4.5, "Å", "high_flux_BC240");

    private static readonly string[] Configurations = ["high_flux_BC215", "high_flux_BC240", "high_resolution"];

    public double WavelengthStartAngstrom => Parameters.WavelengthUnit.ToAngstrom(WavelengthStart, WavelengthUnit);

    public double WavelengthStopAngstrom => Parameters.WavelengthUnit.ToAngstrom(WavelengthStop, WavelengthUnit);

    /// <exception cref="InvalidWorkflowParamsException">a field is invalid; the message names it.</exception>
    public static PowderParams Parse(JsonElement json)
    {
        var root = ParamReader.Root(json);
        var range = root.Object("wavelength_range");
        var start = range.Number("start", Default.WavelengthStart);
        var stop = range.Number("stop", Default.WavelengthStop);
        if (stop <= start)
        {
            throw range.Invalid("stop", $"must be greater than start ({start}), got {stop}");
        }
        var configuration = root.Object("instrument_configuration").Choice("value", Default.InstrumentConfiguration, Configurations);
        if (configuration == "high_resolution")
        {
            throw new InvalidWorkflowParamsException("instrument_configuration.value: The 'high_resolution' setting is not available.");
        }
        return new PowderParams(
            PowderEdges.Read(root.Object("dspacing_edges"), Default.DspacingEdges, PowderEdges.LengthUnits),
            PowderEdges.Read(root.Object("two_theta_edges"), Default.TwoThetaEdges, PowderEdges.AngleUnits),
            start, stop, range.Choice("unit", Default.WavelengthUnit, Parameters.WavelengthUnit.Names), configuration);
    }

    /// <summary>The parameters as upstream's model dumps them.</summary>
    public JsonElement ToJson() => ParamJson.Write(writer =>
    {
        writer.WriteEdges("dspacing_edges", DspacingEdges.Start, DspacingEdges.Stop, DspacingEdges.NumBins, DspacingEdges.Scale, DspacingEdges.Unit);
        writer.WriteEdges("two_theta_edges", TwoThetaEdges.Start, TwoThetaEdges.Stop, TwoThetaEdges.NumBins, TwoThetaEdges.Scale, TwoThetaEdges.Unit);
        writer.WriteStartObject("wavelength_range");
        writer.WritePythonFloat("start", WavelengthStart);
        writer.WritePythonFloat("stop", WavelengthStop);
        writer.WriteString("unit", WavelengthUnit);
        writer.WriteEndObject();
        writer.WriteStartObject("instrument_configuration");
        writer.WriteString("value", InstrumentConfiguration);
        writer.WriteEndObject();
    });
}
