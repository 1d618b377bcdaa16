using LiveData.Geometry;
using LiveData.Geometry.Nexus;
using static LiveData.Instruments.Geometry.SyntheticLayout;

namespace LiveData.Instruments.Geometry;

/// <summary>
/// BIFROST: the 9 channels × 3 tubes of every triplet fan out around the vertical axis, the 5 arcs (analyser
/// energies) are layers 0.1 m apart from 1.1 m, and the 100 pixels run along each tube; the whole tank turns about
/// the vertical axis with the logged <c>detector_tank_angle</c>.
/// </summary>
internal static class BifrostGeometry
{
    // Not in upstream's files: an assumed moderator–sample distance.
    private const double L1 = 162.0;

    public static SyntheticLayout Layout(Instrument bifrost)
    {
        var unified = Bank(bifrost, "unified_detector");
        var arcs = unified.LogicalShape[0].Value;
        var tubes = unified.LogicalShape[1].Value;
        var channels = unified.LogicalShape[2].Value;
        var pixels = unified.LogicalShape[3].Value;
        // (arc, tube, channel, pixel) in C order.
        var grid = new PixelGrid(channels * tubes, pixels, arcs, i => new GridCell(
            i / pixels % channels * tubes + i / (pixels * channels) % tubes, i % pixels, i / (pixels * channels * tubes)));
        return new SyntheticLayout(
            SourceAt(L1),
            [
                new SyntheticBank(unified, grid, new CylinderArc(1.1, 20, 95, 0.3, 0.1),
                    [TransformationStep.Logged("detector_tank_angle", TransformationType.Rotation, "deg", AxisY, [0, 15])]),
            ],
            [
                Monitor("psc_monitor", -156.0),
                Monitor("overlap_monitor", -152.0),
                Monitor("bandwidth_monitor", -140.0),
                Monitor("normalization_monitor", -2.0),
                Monitor("elastic_monitor", -0.5),
            ]);
    }
}
