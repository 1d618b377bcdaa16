using LiveData.Geometry;
using LiveData.Workflows;
using LiveData.Workflows.Wavelength;

namespace LiveData.Tests.Workflows.Wavelength;

/// <summary>
/// An instrument on one line: the source 20 m before the sample at the origin, monitor_1 at the sample position
/// (flight path 20 m) and a 4-pixel panel (detector numbers 101–104) at 5, 10, 15 and 20 m behind the sample
/// (flight paths 25–40 m); with a lookup table for an ideal source of instantaneous pulses.
/// </summary>
internal sealed class LineInstrument(WavelengthLookupTable? table = null) : IInstrumentFiles
{
    public const double PulsePeriodNs = 1e9 / 14;
    public const double MonitorFlightPathM = 20;
    public const int Ms = 1_000_000;

    /// <summary>Instantaneous pulses, 0–9 Å: up to 30 m (monitor_1, pixels 101 and 102) every neutron arrives within its frame.</summary>
    public static readonly IdealSource Source = new(PulsePeriodNs, 0, 0, 9);

    public InstrumentGeometry Geometry { get; } = new(
        [new DetectorGeometry("panel", "/entry/instrument/panel", [101, 102, 103, 104], [4],
            [new(0, 0, 5), new(0, 0, 10), new(0, 0, 15), new(0, 0, 20)], TransformationChain.Empty)],
        [new ComponentGeometry("monitor_1", "/entry/instrument/monitor_1", TransformationChain.Empty)],
        new ComponentGeometry("sample", "/entry/sample", TransformationChain.Empty),
        new ComponentGeometry("source", "/entry/instrument/source", new TransformationChain(
            [new Transformation("/entry/instrument/source/transformations/t", TransformationType.Translation, -20, "m", new(0, 0, 1), Vector3d.Zero, null, false)])));

    public WavelengthLookupTable LookupTable { get; } = table ?? LookupTableGenerator.Generate(Source, 20, 40);

    /// <summary>λ = 3956.03 · t / L, the hand formula the tests check against.</summary>
    public static double HandWavelength(double timeOfFlightMs, double flightPathM) => 3956.03 * timeOfFlightMs / 1000 / flightPathM;
}
