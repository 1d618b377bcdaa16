using LiveData.Geometry;

namespace LiveData.Workflows.Wavelength;

/// <summary>
/// The flight path (m) from the source that converts an event's time of flight to a wavelength, as upstream's
/// Ltotal: |monitor − source| for a monitor, L1 + L2 for a detector pixel.
/// </summary>
public static class FlightPaths
{
    public static double Monitor(InstrumentGeometry geometry, string monitor) =>
        (geometry.Monitor(monitor).Position - Source(geometry).Position).Length;

    /// <summary>L1 + L2 of every pixel of <paramref name="detector"/>, in the order of its detector numbers.</summary>
    public static double[] Pixels(InstrumentGeometry geometry, string detector)
    {
        var pixels = geometry.ComputePixels(detector);
        return pixels.L2.Select(l2 => pixels.L1 + l2).ToArray();
    }

    /// <summary>The shortest and longest flight path to any monitor or pixel: the range a lookup table must cover.</summary>
    public static (double Shortest, double Longest) Range(InstrumentGeometry geometry)
    {
        var all = geometry.Monitors.Select(m => Monitor(geometry, m.Name))
            .Concat(geometry.Detectors.SelectMany(d => Pixels(geometry, d.Name)))
            .ToList();
        return all.Count > 0
            ? (all.Min(), all.Max())
            : throw new ArgumentException("the geometry has no monitors and no detector pixels to cover");
    }

    private static ComponentGeometry Source(InstrumentGeometry geometry) =>
        geometry.Source ?? throw new InvalidOperationException("the geometry has no NXsource: flight paths need the source position");
}
