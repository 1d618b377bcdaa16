using LiveData.Core.Beamline;
using LiveData.Geometry;
using LiveData.Geometry.Nexus;
using static LiveData.Instruments.Geometry.SyntheticLayout;

namespace LiveData.Instruments.Geometry;

/// <summary>
/// MAGIC: two banks on a cylinder about the vertical axis, one on each side of the beam; each turns about that axis
/// and its angle is logged (the rotation readbacks the projection uses). Segments run around the cylinder, strips up
/// it and wires are depth layers.
/// </summary>
internal static class MagicGeometry
{
    // Not in upstream's files: an assumed moderator–sample distance.
    private const double L1 = 158.0;
    private const double Radius = 0.9;

    public static SyntheticLayout Layout(Instrument magic)
    {
        var bankA = Bank(magic, "magic_detector_a");
        var bankB = Bank(magic, "magic_detector_b");
        return new SyntheticLayout(
            SourceAt(L1),
            [
                new SyntheticBank(bankA, Grid(bankA), new CylinderArc(Radius, 20, 140, 0.5, 0.005), [Turntable([0, 5])]),
                new SyntheticBank(bankB, Grid(bankB), new CylinderArc(Radius, -140, -20, 0.25, 0.005), [Turntable([0, -5])]),
            ],
            [Monitor("beam_monitor_1", -3.0)]);
    }

    private static TransformationStep Turntable(double[] degrees) =>
        TransformationStep.Logged("rotation", TransformationType.Rotation, "deg", AxisY, degrees);

    // (wire, strip, segment) in C order.
    private static PixelGrid Grid(DetectorBank bank) =>
        PixelGrid.LayerRowColumn(bank.LogicalShape[0].Value, bank.LogicalShape[1].Value, bank.LogicalShape[2].Value);
}
