namespace LiveData.Workflows.DetectorView.Projection;

/// <summary>
/// How one bank is projected (upstream's <c>GeometricViewConfig</c>). <paramref name="Resolution"/> gives the
/// number of screen bins per projected coordinate, in screen order (first dim first, as upstream's dict order).
/// <paramref name="Noise"/> smooths the image (none when null). <paramref name="FlipX"/> negates x so that
/// downstream banks read left to right.
/// </summary>
public sealed record GeometricViewConfig(
    ProjectionType Type,
    IReadOnlyList<KeyValuePair<string, int>> Resolution,
    PixelNoise? Noise = null,
    bool FlipX = false)
{
    /// <summary>The coordinates a projection type produces that a screen dim can bin.</summary>
    public IReadOnlyList<string> Coordinates => Type switch
    {
        ProjectionType.XyPlane => ["x", "y"],
        ProjectionType.CylinderMantleY => ["arc_length", "y"],
        _ => ["arc_length", "z"],
    };
}
