namespace LiveData.Geometry;

/// <summary>
/// One NXdetector: its pixels (detector_number, flattened in C order), each pixel's offset in the detector's own
/// frame (metres; zero where the file has no x/y/z_pixel_offset) and the chain that places that frame.
/// </summary>
public sealed class DetectorGeometry(
    string name,
    string path,
    long[] detectorNumbers,
    int[] shape,
    Vector3d[] pixelOffsets,
    TransformationChain dependsOn)
{
    private readonly long[] _detectorNumbers = detectorNumbers;
    private readonly int[] _shape = shape;
    private readonly Vector3d[] _pixelOffsets = pixelOffsets.Length == detectorNumbers.Length
        ? pixelOffsets
        : throw new ArgumentException($"{path}: {pixelOffsets.Length} pixel offsets for {detectorNumbers.Length} pixels");

    /// <summary>The group's name, e.g. <c>mantle_detector</c>.</summary>
    public string Name { get; } = name;

    public string Path { get; } = path;

    public IReadOnlyList<long> DetectorNumbers => _detectorNumbers;

    /// <summary>The shape of detector_number in the file (empty for a scalar).</summary>
    public IReadOnlyList<int> Shape => _shape;

    public IReadOnlyList<Vector3d> PixelOffsets => _pixelOffsets;

    public TransformationChain DependsOn { get; } = dependsOn;

    public int PixelCount => _pixelOffsets.Length;

    /// <summary>Writes every pixel's position (metres) into <paramref name="destination"/>.</summary>
    public void ComputePositions(Span<Vector3d> destination)
    {
        if (destination.Length < PixelCount)
            throw new ArgumentException($"need room for {PixelCount} positions", nameof(destination));
        var transform = DependsOn.Compose();
        for (var i = 0; i < PixelCount; i++)
            destination[i] = transform.Apply(_pixelOffsets[i]);
    }

    public DetectorGeometry WithValue(string transformationPath, double value, string? units) =>
        DependsOn.Contains(transformationPath)
            ? new DetectorGeometry(Name, Path, _detectorNumbers, _shape, _pixelOffsets,
                DependsOn.WithValue(transformationPath, value, units))
            : this;
}
