namespace LiveData.Protocol.Rois;

/// <summary>
/// A region of interest on a detector view's screen, by index. An axis without a unit is in pixel indices; with one,
/// in the screen's coordinate along it (e.g. metres on a geometric projection).
/// </summary>
public abstract record Roi
{
    public string? XUnit { get; init; }

    public string? YUnit { get; init; }
}

/// <summary>An axis-aligned rectangle: half-open slices <c>[min, max)</c> on the screen's x and y axes.</summary>
public sealed record RectangleRoi(double XMin, double XMax, double YMin, double YMax) : Roi;

/// <summary>A closed polygon with at least three vertices.</summary>
public sealed record PolygonRoi(IReadOnlyList<(double X, double Y)> Vertices) : Roi;

/// <summary>Which geometry an ROI message carries; part of its source name.</summary>
public enum RoiGeometry
{
    Rectangle,
    Polygon,
}
