using LiveData.Geometry;
using LiveData.Geometry.Nexus;
using static LiveData.Instruments.Geometry.SyntheticLayout;

namespace LiveData.Instruments.Geometry;

/// <summary>
/// DREAM: the mantle a cylinder around the beam, the endcaps planes up- and downstream, the high-resolution bank a
/// plane in backscattering and the SANS bank a plane further downstream.
/// </summary>
internal static class DreamGeometry
{
    private const int Wires = 32;
    private const int Strips = 256;

    public static SyntheticLayout Layout(Instrument dream)
    {
        var mantle = Bank(dream, "mantle_detector");
        var backward = Bank(dream, "endcap_backward_detector");
        var forward = Bank(dream, "endcap_forward_detector");
        var highResolution = Bank(dream, "high_resolution_detector");
        var sans = Bank(dream, "sans_detector");
        return new SyntheticLayout(
            // essdiffraction's DREAM workflow puts the source at (−3.478, 0, −76550) mm.
            new Vector3d(-0.003478, 0, -76.55),
            [
                // Module·segment·counter run around the beam (−115°…115° from straight down), the 32 wires are depth
                // layers from 1.1 m to 1.25 m and the 256 strips run along the beam over 1.7 m.
                new SyntheticBank(mantle, PixelGrid.ColumnLayerRow(Pixels(mantle) / (Wires * Strips), Wires, Strips),
                    new CylinderArc(1.1, -115, 115, 1.7, 0.0048),
                    [TransformationStep.Rotation("axis_along_beam", AxisX, 90)]),
                new SyntheticBank(backward, PixelGrid.Square(Pixels(backward)), new FlatPanel(1.6, 1.6), [Along(-1.3)]),
                new SyntheticBank(forward, PixelGrid.Square(Pixels(forward)), new FlatPanel(1.6, 1.6), [Along(1.7)]),
                new SyntheticBank(highResolution, PixelGrid.Square(Pixels(highResolution)), new FlatPanel(0.9, 0.9),
                    [TransformationStep.Translation("position", new Vector3d(0, 1.0, -2.4))]),
                new SyntheticBank(sans, PixelGrid.Square(Pixels(sans)), new FlatPanel(1.0, 1.0), [Along(3.0)]),
            ],
            // The bunker monitor about 11 m from the source, the cave monitor just before the sample.
            [Monitor("monitor_bunker", -65.5), Monitor("monitor_cave", -2.5)]);
    }
}
