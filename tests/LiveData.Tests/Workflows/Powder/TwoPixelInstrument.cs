using LiveData.Geometry;
using LiveData.Workflows;
using LiveData.Workflows.Wavelength;

namespace LiveData.Tests.Workflows.Powder;

/// <summary>
/// Source 20 m before the sample at the origin; pixel 1 at 2θ = 90° and pixel 2 at 2θ = 30°, both 10 m from the sample
/// (flight path 30 m); a table for instantaneous pulses of 0–9 Å, so λ = 3956.034 · t / 30 m exactly.
/// </summary>
internal sealed class TwoPixelInstrument(string? vanadiumPath = null) : IInstrumentFiles
{
    public const double FlightPathM = 30;

    public InstrumentGeometry Geometry { get; } = new(
        [new DetectorGeometry("bank", "/entry/instrument/bank", [1, 2], [2],
            [new(10, 0, 0), new(5, 0, 5 * Math.Sqrt(3))], TransformationChain.Empty)],
        [],
        new ComponentGeometry("sample", "/entry/sample", TransformationChain.Empty),
        new ComponentGeometry("source", "/entry/instrument/source", new TransformationChain(
            [new Transformation("/entry/instrument/source/transformations/t", TransformationType.Translation, -20, "m", new(0, 0, 1), Vector3d.Zero, null, false)])));

    public WavelengthLookupTable LookupTable { get; } = LookupTableGenerator.Generate(new IdealSource(1e9 / 14, 0, 0, 9), 20, 40);

    public string DataFilePath(string fileName) => vanadiumPath ?? Path.Combine(Path.GetTempPath(), "no-such-dir", fileName);

    /// <summary>The event_time_offset (ns) at which a neutron of d-spacing <paramref name="d"/> reaches a pixel at <paramref name="twoThetaDeg"/>.</summary>
    public static int TimeOffsetNs(double d, double twoThetaDeg) =>
        (int)Math.Round(NeutronWavelength.TimeOfFlight(2 * d * Math.Sin(twoThetaDeg * Math.PI / 360), FlightPathM) * 1e9);
}
