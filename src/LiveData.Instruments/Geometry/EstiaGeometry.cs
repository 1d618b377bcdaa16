using LiveData.Geometry.Nexus;
using static LiveData.Instruments.Geometry.SyntheticLayout;

namespace LiveData.Instruments.Geometry;

/// <summary>
/// ESTIA, the reflectometer: the multiblade 4 m from the sample, tilted 3° up into the vertical scattering plane;
/// strips across, blade·wire rows up the detector.
/// </summary>
internal static class EstiaGeometry
{
    // Not in upstream's files: an assumed moderator–sample distance.
    private const double L1 = 35.0;

    public static SyntheticLayout Layout(Instrument estia)
    {
        var multiblade = Bank(estia, "multiblade_detector");
        var strips = multiblade.LogicalShape[0].Value;
        // (strip, blade, wire) in C order: the strip is the slow axis.
        return new SyntheticLayout(
            SourceAt(L1),
            [
                new SyntheticBank(multiblade, PixelGrid.ColumnMajor(strips, Pixels(multiblade) / strips), new FlatPanel(0.25, 0.5),
                    [Along(4.0), TransformationStep.Rotation("angle", AxisX, -3)]),
            ],
            [Monitor("cbm1", -2.0)]);
    }
}
