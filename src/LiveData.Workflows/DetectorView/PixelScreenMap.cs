namespace LiveData.Workflows.DetectorView;

/// <summary>
/// Which screen cell (row-major over <see cref="Layout"/>) each detector number's events go to: entry
/// <c>detector_number − FirstDetectorNumber</c> of a map, −1 for pixels the screen leaves out. A geometric
/// projection has several maps, one per noisy replica of the pixel positions; successive event batches take
/// them in turn so the image is smoothed, as upstream's projector cycles its replicas.
/// </summary>
public sealed class PixelScreenMap
{
    public PixelScreenMap(IScreenLayout layout, int firstDetectorNumber, IReadOnlyList<int[]> replicas)
    {
        if (replicas.Count == 0 || replicas.Any(r => r.Length != replicas[0].Length))
        {
            throw new ArgumentException("a screen map needs at least one replica, all of the same length", nameof(replicas));
        }
        (Layout, FirstDetectorNumber, Replicas) = (layout, firstDetectorNumber, replicas);
    }

    public IScreenLayout Layout { get; }

    public int FirstDetectorNumber { get; }

    public IReadOnlyList<int[]> Replicas { get; }

    public int ScreenSize => (int)Layout.ScreenShape.Aggregate(1L, (n, s) => n * s);

    /// <summary>How many detector pixels land on each screen cell, averaged over the replicas (upstream's pixel weights).</summary>
    public double[] PixelsPerCell()
    {
        var pixels = new double[ScreenSize];
        foreach (var map in Replicas)
        {
            foreach (var cell in map)
            {
                if (cell >= 0)
                {
                    pixels[cell] += 1.0 / Replicas.Count;
                }
            }
        }
        return pixels;
    }

    /// <summary>A logical view of a bank whose detector numbers start at <paramref name="firstDetectorNumber"/>: one map.</summary>
    public static PixelScreenMap Logical(int firstDetectorNumber, LogicalView view) => new(view, firstDetectorNumber, [view.ScreenIndexOfPixels()]);
}
