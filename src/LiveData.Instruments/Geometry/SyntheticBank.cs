using LiveData.Core.Beamline;
using LiveData.Geometry;
using LiveData.Geometry.Nexus;

namespace LiveData.Instruments.Geometry;

/// <summary>A detector bank with a made-up but plausible placement: its grid, the surface it lies on and the chain
/// that places the surface.</summary>
internal sealed record SyntheticBank(DetectorBank Bank, PixelGrid Grid, PixelSurface Surface, IReadOnlyList<TransformationStep> Chain)
{
    public int PixelCount => Bank.LastDetectorNumber - Bank.FirstDetectorNumber + 1;

    /// <summary>Every pixel numbered from the bank's first detector number in C order of its logical shape.</summary>
    public DetectorContent ToContent()
    {
        var pixels = PixelCount;
        if ((long)Grid.Columns * Grid.Rows * Grid.Layers < pixels)
            throw new InvalidOperationException($"{Bank.Name}: a grid of {Grid.Columns}×{Grid.Rows}×{Grid.Layers} cannot hold {pixels} pixels");
        var numbers = new int[pixels];
        double[] x = new double[pixels], y = new double[pixels], z = new double[pixels];
        for (var i = 0; i < pixels; i++)
        {
            numbers[i] = Bank.FirstDetectorNumber + i;
            var offset = Surface.Offset(Grid.CellOf(i), Grid);
            (x[i], y[i], z[i]) = (offset.X, offset.Y, offset.Z);
        }
        return new DetectorContent(Bank.Name, Shape(), numbers, NonZero(x), NonZero(y), NonZero(z), Chain);
    }

    private int[] Shape()
    {
        var shape = Bank.LogicalShape.Select(axis => axis.Value).ToArray();
        return shape.Aggregate(1L, (product, length) => product * length) == PixelCount ? shape : [PixelCount];
    }

    // An offset that is zero for every pixel is left out of the file, as the reader takes a missing one as zero.
    private static double[]? NonZero(double[] values) => Array.TrueForAll(values, v => v == 0) ? null : values;
}
