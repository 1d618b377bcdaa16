namespace LiveData.Geometry;

/// <summary>The smallest and largest of a set of values.</summary>
public readonly record struct ValueRange(double Min, double Max)
{
    public ValueRange Including(double value) => new(Math.Min(Min, value), Math.Max(Max, value));

    public static ValueRange Of(double value) => new(value, value);
}

/// <summary>What a scientist checks of one detector: its pixels, detector-number range, L2 (m) and 2θ (degrees)
/// ranges (null without pixels; 2θ also without a source) and whether a logged transformation moves it.</summary>
public sealed record DetectorSummary(string Name, int Pixels, ValueRange? DetectorNumbers, ValueRange? L2, ValueRange? TwoThetaDegrees, bool IsMoving);

/// <summary>A monitor's position (m), its distance to the source (null without a source) and whether it moves.</summary>
public sealed record MonitorSummary(string Name, Vector3d Position, double? DistanceToSource, bool IsMoving);

/// <summary>
/// Summaries of an <see cref="InstrumentGeometry"/> computed pixel by pixel without per-pixel arrays, so a geometry of
/// millions of pixels is summarised in the memory its reading already took.
/// </summary>
public static class GeometrySummary
{
    public static DetectorSummary Of(DetectorGeometry detector, Vector3d sample, Vector3d? source)
    {
        if (detector.PixelCount == 0)
            return new DetectorSummary(detector.Name, 0, null, null, null, detector.DependsOn.IsMoving);
        var transform = detector.DependsOn.Compose();
        var incident = source is { } s ? sample - s : (Vector3d?)null;
        ValueRange? numbers = null, l2 = null, twoTheta = null;
        for (var i = 0; i < detector.PixelCount; i++)
        {
            var scattered = transform.Apply(detector.PixelOffsets[i]) - sample;
            numbers = Include(numbers, detector.DetectorNumbers[i]);
            l2 = Include(l2, scattered.Length);
            if (incident is { } beam)
                twoTheta = Include(twoTheta, Vector3d.Angle(beam, scattered) * 180 / Math.PI);
        }
        return new DetectorSummary(detector.Name, detector.PixelCount, numbers, l2, twoTheta, detector.DependsOn.IsMoving);
    }

    public static MonitorSummary Of(ComponentGeometry monitor, Vector3d? source) =>
        new(monitor.Name, monitor.Position, source is { } s ? (monitor.Position - s).Length : null, monitor.DependsOn.IsMoving);

    private static ValueRange Include(ValueRange? range, double value) => range?.Including(value) ?? ValueRange.Of(value);
}
