using LiveData.Geometry;
using LiveData.Geometry.Nexus;
using static LiveData.Instruments.Geometry.SyntheticLayout;

namespace LiveData.Instruments.Geometry;

/// <summary>The dummy instrument: its 128×128 panel 2 m downstream on a stage that <c>motion1</c> (mm) moves sideways.</summary>
internal static class DummyGeometry
{
    private const double L1 = 30.0;

    public static SyntheticLayout Layout(Instrument dummy)
    {
        var panel = Bank(dummy, "panel_0");
        return new SyntheticLayout(
            SourceAt(L1),
            [
                new SyntheticBank(panel, PixelGrid.RowMajor(Pixels(panel), panel.LogicalShape[^1].Value), new FlatPanel(0.5, 0.5),
                [
                    TransformationStep.Logged("motion1", TransformationType.Translation, "mm", AxisX, [0, 10, 20]),
                    Along(2.0),
                ]),
            ],
            [Monitor("monitor1", -5.0), Monitor("monitor2", -1.0)]);
    }
}
