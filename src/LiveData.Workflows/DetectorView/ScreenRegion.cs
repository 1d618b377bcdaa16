namespace LiveData.Workflows.DetectorView;

/// <summary>
/// A region of interest on a 2-D screen along its x (last) and y (first) dims: an axis without a unit is in pixel
/// indices; with one, in the screen's bin-centre coordinate along it, as upstream's ROIs with units.
/// </summary>
public abstract record ScreenRegion
{
    public string? XUnit { get; init; }

    public string? YUnit { get; init; }
}

/// <summary>Half-open slices <c>[min, max)</c> on both screen axes (of indices, or of bin centres).</summary>
public sealed record RectangleRegion(double XMin, double XMax, double YMin, double YMax) : ScreenRegion;

/// <summary>A closed polygon; a screen pixel belongs to it when its point (indices, or bin centres) lies inside.</summary>
public sealed record PolygonRegion(IReadOnlyList<(double X, double Y)> Vertices) : ScreenRegion;

/// <summary>The ROIs of one geometry for one job, replacing all earlier ROIs of that geometry (none clears them).</summary>
public sealed record RoiStreamData(string StreamName, bool Rectangles, IReadOnlyDictionary<int, ScreenRegion> Regions) : StreamData(StreamName);
