using LiveData.Geometry;

namespace LiveData.Workflows.Sans;

/// <summary>
/// The solid angle a pixel subtends at the sample (esssans' <c>solid_angle</c>). A cylindrical pixel of radius R and
/// length L (axis c) at r = pixel − sample is seen as its projected rectangle: Ω = 2RL·sin∠(r, c) / |r|², with
/// sin∠ = √(1 − (r·c / |r||c|)²).
/// </summary>
public static class PixelSolidAngle
{
    public static double Cylinder(Vector3d fromSample, Vector3d axis, double radius)
    {
        var r = fromSample.Length;
        var length = axis.Length;
        var cos = Vector3d.Dot(fromSample, axis) / (r * length);
        return 2 * radius * length * Math.Sqrt(Math.Max(0, 1 - cos * cos)) / (r * r);
    }

    /// <summary>
    /// Without a pixel shape (upstream then fails): a unit of area facing the sample, Ω = 1/|r|². I(Q) keeps its shape,
    /// since only the ratios between pixels matter and they equal those of small equal pixels facing the sample.
    /// </summary>
    public static double FacingUnitArea(Vector3d fromSample) => 1 / Vector3d.Dot(fromSample, fromSample);
}
