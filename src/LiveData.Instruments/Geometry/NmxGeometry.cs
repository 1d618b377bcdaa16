using LiveData.Geometry.Nexus;
using static LiveData.Instruments.Geometry.SyntheticLayout;

namespace LiveData.Instruments.Geometry;

/// <summary>NMX: three 1280² panels (0.4 mm pixels) 0.5 m from the sample at 2θ = 30°, 90° and 150°.</summary>
internal static class NmxGeometry
{
    // Not in upstream's files: an assumed moderator–sample distance.
    private const double L1 = 157.0;
    private const double PixelSize = 0.0004;

    public static SyntheticLayout Layout(Instrument nmx) => new(
        SourceAt(L1),
        [
            .. nmx.Detectors.Select((panel, index) =>
            {
                var side = panel.LogicalShape[0].Value;
                // (x, y) in C order: x is the slow axis.
                return new SyntheticBank(panel, PixelGrid.ColumnMajor(side, panel.LogicalShape[1].Value),
                    new FlatPanel(side * PixelSize, side * PixelSize),
                    [Along(0.5), TransformationStep.Rotation("arm_angle", AxisY, 30 + 60 * index)]);
            }),
        ],
        [Monitor("monitor1", -10.0), Monitor("monitor2", -1.0)]);
}
