namespace LiveData.Workflows.DetectorView;

/// <summary>A region of interest on a 2-D screen, in pixel indices along the screen's x (last) and y (first) dims.</summary>
public abstract record ScreenRegion;

/// <summary>Half-open slices <c>[min, max)</c> on both screen axes.</summary>
public sealed record RectangleRegion(double XMin, double XMax, double YMin, double YMax) : ScreenRegion;

/// <summary>A closed polygon; a screen pixel belongs to it when its index point lies inside.</summary>
public sealed record PolygonRegion(IReadOnlyList<(double X, double Y)> Vertices) : ScreenRegion;

/// <summary>The ROIs of one geometry for one job, replacing all earlier ROIs of that geometry (none clears them).</summary>
public sealed record RoiStreamData(string StreamName, bool Rectangles, IReadOnlyDictionary<int, ScreenRegion> Regions) : StreamData(StreamName);
