using LiveData.Core.Beamline;
using LiveData.Geometry;
using LiveData.Workflows;
using LiveData.Workflows.Sans;
using LiveData.Workflows.Wavelength;

namespace LiveData.Tests.Workflows.Sans;

/// <summary>
/// A SANS instrument small enough to compute by hand: the source 20 m before the sample at the origin, both monitors
/// at the sample (flight path 20 m), one pixel (detector number 1) 5 m downstream and 0.5 m up, so 2θ = atan(0.1),
/// sin θ = 0.0498306, L2 = √25.25 m and Ω = 1/25.25 (no pixel shape); instantaneous pulses, so λ is exact.
/// </summary>
internal sealed class SansLine : IInstrumentFiles
{
    public const double SinTheta = 0.04983063;
    public const double SolidAngle = 1 / 25.25;
    public static readonly double DetectorFlightPath = 20 + Math.Sqrt(25.25);

    public static readonly WorkflowSpec Spec = SansIofQSpec.For(new WorkflowId("loki", "i_of_q", 1), [new DetectorBank("bank", 1, 1, [new("pixel", 1)])],
        new AuxSource(SansIofQSpec.IncidentRole, "Incident monitor", ["incident"], "incident"),
        new AuxSource(SansIofQSpec.TransmissionRole, "Transmission monitor", ["transmission"], "transmission"));

    public InstrumentGeometry Geometry { get; } = new(
        [new DetectorGeometry("bank", "/entry/instrument/bank", [1], [1], [new(0, 0.5, 5)], TransformationChain.Empty)],
        [
            new ComponentGeometry("incident", "/entry/instrument/incident", TransformationChain.Empty),
            new ComponentGeometry("transmission", "/entry/instrument/transmission", TransformationChain.Empty),
        ],
        new ComponentGeometry("sample", "/entry/sample", TransformationChain.Empty),
        new ComponentGeometry("source", "/entry/instrument/source", new TransformationChain(
            [new Transformation("/entry/instrument/source/transformations/t", TransformationType.Translation, -20, "m", new(0, 0, 1), Vector3d.Zero, null, false)])));

    public WavelengthLookupTable LookupTable { get; } = LookupTableGenerator.Generate(new IdealSource(1e9 / 14, 0, 0, 9), 19, 26);

    public static IWorkflow Create(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Spec.Factory.Create("bank", document.RootElement.Clone(), new SansLine());
    }

    /// <summary>The event_time_offset (ns) of a neutron of <paramref name="wavelength"/> Å over <paramref name="flightPathM"/>.</summary>
    public static int OffsetNs(double wavelength, double flightPathM) => (int)Math.Round(wavelength * flightPathM / 3956.034 * 1e9);
}
