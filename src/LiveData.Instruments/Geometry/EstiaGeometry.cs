using LiveData.Geometry.Nexus;
using static LiveData.Instruments.Geometry.SyntheticLayout;

namespace LiveData.Instruments.Geometry;

/// <summary>
/// ESTIA, the reflectometer: the multiblade 4 m from the sample on an arm turned about the vertical axis by its
/// detector_rotation, so it scatters horizontally as upstream's McStas model does (θ from atan2(x, z)); strips up
/// the detector (upstream's y index), blade·wire rows across it in the scattering plane.
/// </summary>
internal static class EstiaGeometry
{
    // Not in upstream's files: an assumed moderator–sample distance.
    private const double L1 = 35.0;

    /// <summary>The arm's angle (deg): the specular of a sample turned by half of it, μ = 0.6°, hits the detector's centre.</summary>
    public const double DetectorRotationDegrees = 1.2;

    public static SyntheticLayout Layout(Instrument estia)
    {
        var multiblade = Bank(estia, "multiblade_detector");
        var strips = multiblade.LogicalShape[0].Value;
        // (strip, blade, wire) in C order: the strip is the slow axis, a row of the panel.
        return new SyntheticLayout(
            SourceAt(L1),
            [
                new SyntheticBank(multiblade, PixelGrid.RowMajor(Pixels(multiblade), Pixels(multiblade) / strips), new FlatPanel(0.5, 0.25),
                    [Along(4.0), TransformationStep.Rotation("detector_rotation", AxisY, DetectorRotationDegrees)]),
            ],
            [Monitor("cbm1", -2.0)]);
    }
}
