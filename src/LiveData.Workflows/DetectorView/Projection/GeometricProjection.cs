using LiveData.Geometry;
using LiveData.Workflows.Unavailable;

namespace LiveData.Workflows.DetectorView.Projection;

/// <summary>
/// Builds the pixel → screen map of a geometric projection from a bank's pixel positions (once per job): each
/// replica's positions are projected, the screen edges span all replicas (upstream histograms the replicated
/// coordinates), and every replica gets its own map indexed by detector number.
/// </summary>
public static class GeometricProjection
{
    /// <exception cref="WorkflowNotAvailableException">the geometry has no detector named <paramref name="bank"/>.</exception>
    public static PixelScreenMap Of(InstrumentGeometry geometry, string bank, GeometricViewConfig config)
    {
        DetectorGeometry detector;
        try
        {
            detector = geometry.Detector(bank);
        }
        catch (KeyNotFoundException e)
        {
            throw new WorkflowNotAvailableException($"the projection of {bank} needs its pixel positions, but the instrument geometry has {e.Message}");
        }
        return Of(detector, config);
    }

    public static PixelScreenMap Of(DetectorGeometry detector, GeometricViewConfig config)
    {
        var pixels = detector.PixelCount;
        if (pixels == 0)
        {
            throw new WorkflowNotAvailableException($"the projection of {detector.Name} needs pixels, but its NXdetector has none");
        }
        var exact = new Vector3d[pixels];
        detector.ComputePositions(exact);
        var coordinates = ProjectedCoordinates.Of(config, NoisyReplicas.Of(exact, Pattern(detector, config.Noise)), pixels);
        var axes = config.Resolution.Select(r => new ScreenAxis(r.Key, coordinates[r.Key], r.Value)).ToArray();
        var numbers = detector.DetectorNumbers;
        var (first, last) = (numbers.Min(), numbers.Max());
        var span = last - first + 1;
        if (first < int.MinValue || last > int.MaxValue || span > Array.MaxLength)
        {
            throw new WorkflowNotAvailableException($"{detector.Name}: detector numbers {first}…{last} do not fit a map by an event's 32-bit pixel id");
        }
        var values = axes.Select(a => coordinates[a.Dim]).ToArray();
        var replicas = values[0].Length / pixels;
        var maps = new int[replicas][];
        for (var replica = 0; replica < replicas; replica++)
        {
            var map = maps[replica] = new int[span];
            Array.Fill(map, -1);
            for (var pixel = 0; pixel < pixels; pixel++)
            {
                var cell = 0;
                for (var d = 0; d < axes.Length; d++)
                {
                    cell = cell * axes[d].Bins + axes[d].BinOf(values[d][replica * pixels + pixel]);
                }
                map[numbers[pixel] - first] = cell;
            }
        }
        return new PixelScreenMap(new ProjectedScreen(axes), (int)first, maps);
    }

    private static Vector3d[]? Pattern(DetectorGeometry detector, PixelNoise? noise) => noise switch
    {
        GaussianNoise gaussian => NoisePattern.Gaussian(gaussian.Sigma),
        CylindricalNoise when detector.PixelCylinderVectors() is var (axis, radius) => NoisePattern.Cylindrical(axis, radius),
        _ => null,
    };
}
