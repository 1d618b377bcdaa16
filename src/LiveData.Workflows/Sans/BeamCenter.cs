using LiveData.Core.Data;
using LiveData.Geometry;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.Sans;

/// <summary>
/// Upstream's <c>BeamCenterXY</c>: where the direct beam hits the detector plane, in the lab's x and y. Upstream
/// shifts every pixel by minus this vector before computing flight paths and angles; monitors are not shifted.
/// </summary>
public sealed record BeamCenter(double X, double Y, string Unit)
{
    public static readonly BeamCenter Default = new(0.0, 0.0, "m");

    private static readonly string[] Units = ["m", "cm", "mm"];

    public static BeamCenter Read(ParamReader reader) => new(
        reader.Number("x", Default.X),
        reader.Number("y", Default.Y),
        reader.Choice("unit", Default.Unit, Units));

    /// <summary>The shift in metres.</summary>
    public Vector3d Metres
    {
        get
        {
            var scale = Unit switch { "cm" => 0.01, "mm" => 0.001, _ => 1.0 };
            return new Vector3d(X * scale, Y * scale, 0);
        }
    }
}
