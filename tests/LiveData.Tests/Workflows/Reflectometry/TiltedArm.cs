using LiveData.Geometry;
using LiveData.Workflows;
using LiveData.Workflows.Reflectometry;
using LiveData.Workflows.Wavelength;

namespace LiveData.Tests.Workflows.Reflectometry;

/// <summary>
/// A multiblade of 2 strips × 2 blades × 2 wires (detector numbers 1–8) on an arm turned 1.2° about the vertical: pixel
/// offsets in the arm's frame, so the divergence angle of each is atan2(x, z) of its offset — 0 for pixel 1 at
/// (0, 0, 4 m), ±atan(0.01) for pixels 2 and 3 at (±0.04, 0, 4 m). The source 35 m upstream; a lookup table whose
/// wavelength is event_time_offset / 10⁷ Å per ns at every distance, so each event's λ is read off by hand.
/// </summary>
internal sealed class TiltedArm : IInstrumentFiles
{
    public const string Detector = "multiblade_detector";
    public const int Ns = 10_000_000;
    public static readonly MultibladeBank Bank = new(1, 2, 2, 2);

    public InstrumentGeometry Geometry { get; } = new(
        [new DetectorGeometry(Detector, $"/entry/instrument/{Detector}", [1, 2, 3, 4, 5, 6, 7, 8], [2, 2, 2],
            [new(0, 0, 4), new(0.04, 0, 4), new(-0.04, 0, 4), new(0, 0, 4), new(0, 0, 4), new(0, 0, 4), new(0, 0, 4), new(0, 0, 4)],
            new TransformationChain([new Transformation($"/entry/instrument/{Detector}/transformations/detector_rotation", TransformationType.Rotation, 1.2, "deg",
                new(0, 1, 0), Vector3d.Zero, null, false)]))],
        [],
        new ComponentGeometry("sample", "/entry/sample", TransformationChain.Empty),
        new ComponentGeometry("source", "/entry/instrument/source", new TransformationChain(
            [new Transformation("/entry/instrument/source/transformations/t", TransformationType.Translation, -35, "m", new(0, 0, 1), Vector3d.Zero, null, false)])));

    public WavelengthLookupTable LookupTable { get; } =
        new([30, 50], [0, 10.0 * Ns], [0, 10, 0, 10], null, 1e9 / 14, 1, 20, 10.0 * Ns);
}
