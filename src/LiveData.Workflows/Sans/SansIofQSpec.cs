using System.Text.Json;
using LiveData.Core.Beamline;
using LiveData.Core.Identity;
using LiveData.Workflows.Unavailable;
using LiveData.Workflows.Wavelength;

namespace LiveData.Workflows.Sans;

/// <summary>
/// Upstream's SANS <c>i_of_q</c> workflow (LoKI): I(Q) of one detector bank, normalised by the incident monitor, the
/// transmission fraction and the pixels' solid angle (<see cref="SansIofQWorkflow"/>). It needs the geometry (pixel
/// positions, flight paths, pixel shape) and the wavelength lookup table; the monitors are aux sources.
/// <para>
/// Decisions against upstream, recorded: with the default <c>current_run</c> transmission, M(λ) = I(λ)·T(λ)/I(λ) is
/// numerically the transmission monitor's histogram (upstream's result, kept); a wavelength bin without incident
/// counts adds nothing to the denominator where upstream's 0/0 would make every Q bin NaN; a geometry without a
/// cylindrical pixel_shape takes each pixel as a unit area facing the sample (Ω = 1/r²) where upstream fails; bank 0's
/// detector_carriage is read from the geometry file, not the live f144 stream.
/// </para>
/// </summary>
public sealed class SansIofQSpec(IReadOnlyList<DetectorBank> banks, AuxSource incident, AuxSource transmission) : IWorkflowFactory
{
    public const string IncidentRole = "incident_monitor";
    public const string TransmissionRole = "transmission_monitor";

    private static readonly OutputSpec[] Outputs =
    [
        new(SansIofQWorkflow.IofQ, "I(Q)", Temporality.Cumulative),
        new(SansIofQWorkflow.TransmissionFraction, "Transmission Fraction", Temporality.Cumulative),
    ];

    /// <summary>The spec on <paramref name="id"/> over <paramref name="banks"/>, with the two monitors as aux roles.</summary>
    public static WorkflowSpec For(WorkflowId id, IReadOnlyList<DetectorBank> banks, AuxSource incident, AuxSource transmission) =>
        new(id, ServiceNames.DataReduction, "I(Q)", [.. banks.Select(b => b.Name)], Outputs, new SansIofQSpec(banks, incident, transmission))
        {
            AuxSources = [incident, transmission],
        };

    public JsonElement DefaultParams => SansParams.Default.ToJson();

    public IWorkflow Create(string sourceName, JsonElement parameters, IInstrumentFiles files) =>
        Create(sourceName, new Dictionary<string, string> { [IncidentRole] = incident.Default, [TransmissionRole] = transmission.Default }, parameters, files);

    public IWorkflow Create(string sourceName, IReadOnlyDictionary<string, string> auxSources, JsonElement parameters, IInstrumentFiles files)
    {
        var parsed = SansParams.Parse(parameters);
        var bank = banks.First(b => b.Name == sourceName);
        var streams = new SansStreams(sourceName, auxSources[IncidentRole], auxSources[TransmissionRole]);
        var table = files.LookupTable;
        var geometry = files.Geometry;
        var pixels = SansPixels.Of(geometry, table, sourceName, bank.FirstDetectorNumber,
            bank.LastDetectorNumber - bank.FirstDetectorNumber + 1, parsed.BeamCenter.Metres);
        return new SansIofQWorkflow(parsed, streams, pixels, bank.FirstDetectorNumber, table,
            FlightPathRows.OfMonitor(files, streams.Incident, "I(Q)"), FlightPathRows.OfMonitor(files, streams.Transmission, "I(Q)"));
    }
}
