namespace LiveData.Protocol.Rois;

/// <summary>A region of interest on a detector view's screen, in pixel indices (unit-less), by index.</summary>
public abstract record Roi;

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
