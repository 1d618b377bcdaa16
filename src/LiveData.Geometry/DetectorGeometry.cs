namespace LiveData.Geometry;

/// <summary>
/// One NXdetector: its pixels (detector_number, flattened in C order), each pixel's offset in the detector's own
/// frame (metres; zero where the file has no x/y/z_pixel_offset), the chain that places that frame and, when the
/// file gives one, the shape every pixel has (<c>pixel_shape</c> as a single cylinder).
/// </summary>
public sealed class DetectorGeometry(
    string name,
    string path,
    long[] detectorNumbers,
    int[] shape,
    Vector3d[] pixelOffsets,
    TransformationChain dependsOn,
    PixelCylinder? pixelShape = null)
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

    public PixelCylinder? PixelShape { get; } = pixelShape;

    /// <summary>
    /// The pixel cylinder's axis (face centre to face centre) and a radius vector (face centre to rim) in the
    /// laboratory frame: the vertices are placed before subtracting, so the translation drops out.
    /// </summary>
    public (Vector3d Axis, Vector3d Radius)? PixelCylinderVectors()
    {
        if (PixelShape is null)
            return null;
        var transform = DependsOn.Compose();
        var centre = transform.Apply(PixelShape.FaceCentre);
        return (transform.Apply(PixelShape.OtherFaceCentre) - centre, transform.Apply(PixelShape.Rim) - centre);
    }

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
                DependsOn.WithValue(transformationPath, value, units), PixelShape)
            : this;
}
