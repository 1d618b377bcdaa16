using LiveData.Core.Beamline;
using LiveData.Geometry;
using LiveData.Geometry.Nexus;
using static LiveData.Instruments.Geometry.SyntheticLayout;

namespace LiveData.Instruments.Geometry;

/// <summary>
/// LoKI: bank 0 the rear detector, a plane of tubes on the detector carriage; banks 1–4 (mid) and 5–8 (front) frame
/// the beam as windows of four planes (top, left, bottom, right). Every bank has four layers of tubes, each tube
/// seven straws of 256 pixels along a 1 m straw.
/// </summary>
internal static class LokiGeometry
{
    // Not in upstream's files: an approximate moderator–sample distance.
    private const double L1 = 23.6;
    // Upstream: the rear carriage's zero is 5.098 m after the sample; the carriage readback is in mm.
    private const double RearDistance = 5.098;
    private const int Layers = 4;
    private const double TubePitch = 0.0084;
    private const double LayerPitch = 0.01;
    private const double StrawLength = 1.0;
    private const double WindowHalfWidth = 0.5;

    public static SyntheticLayout Layout(Instrument loki) => new(
        SourceAt(L1),
        [.. loki.Detectors.Select((bank, index) => index == 0 ? Rear(bank) : Frame(bank, index))],
        [
            Monitor("beam_monitor_m0", -16.8),
            Monitor("beam_monitor_m1", -8.4),
            // Upstream's m2 sits on a linear positioner whose readback (mm) is logged.
            new ComponentContent("beam_monitor_m2",
            [
                TransformationStep.Logged("monitor_positioner", TransformationType.Translation, "mm", AxisZ, [0, 20]),
                TransformationStep.Translation("position", new Vector3d(0, 0, -2.04)),
            ]),
            Monitor("beam_monitor_m3", 0.2),
            Monitor("beam_monitor_m4", RearDistance - 0.1),
        ]);

    private static SyntheticBank Rear(DetectorBank bank) => new(bank, TubeGrid(bank), Panel(bank),
    [
        TransformationStep.Logged("detector_carriage", TransformationType.Translation, "mm", AxisZ, [0, 1000, 2000]),
        Along(RearDistance),
    ]);

    // Banks 1–4 frame the beam 3 m downstream, banks 5–8 at 1.4 m; each is moved out of the window, then turned to its side.
    private static SyntheticBank Frame(DetectorBank bank, int index)
    {
        var panel = Panel(bank);
        return new SyntheticBank(bank, TubeGrid(bank), panel,
        [
            TransformationStep.Translation("window_offset", new Vector3d(0, WindowHalfWidth + panel.Height / 2, 0)),
            TransformationStep.Rotation("window_side", AxisZ, 90 * ((index - 1) % 4)),
            Along(index <= 4 ? 3.0 : 1.4),
        ]);
    }

    private static FlatPanel Panel(DetectorBank bank) => new(StrawLength, TubesPerLayer(bank) * TubePitch, LayerPitch);

    private static int TubesPerLayer(DetectorBank bank) => bank.LogicalShape[0].Value / Layers;

    // (tube, straw, pixel) in C order: pixels along the straw, straws stacked within their tube, tubes in four layers.
    private static PixelGrid TubeGrid(DetectorBank bank)
    {
        var perLayer = TubesPerLayer(bank);
        var straws = bank.LogicalShape[1].Value;
        var pixels = bank.LogicalShape[2].Value;
        return new PixelGrid(pixels, perLayer * straws, Layers, i =>
        {
            var tube = i / (pixels * straws);
            return new GridCell(i % pixels, tube % perLayer * straws + i / pixels % straws, tube / perLayer);
        });
    }
}
