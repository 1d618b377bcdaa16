namespace LiveData.Workflows.AreaDetectorView;

/// <summary>
/// How an area detector's frames are shown: the image dims and shape. Frames larger than the image by a whole
/// factor along each axis are downsampled by summing blocks, as upstream folds the 2048×2048 ORCA to 512×512.
/// </summary>
public sealed record AreaImageView(string RowDim, string ColumnDim, int Rows, int Columns)
{
    /// <summary>Upstream's names for an unrenamed ad00 image.</summary>
    public static AreaImageView Raw(int rows, int columns) => new("dim_0", "dim_1", rows, columns);

    public int Size => Rows * Columns;

    /// <summary>Adds a frame of <paramref name="frameRows"/> × <paramref name="frameColumns"/> values into <paramref name="image"/>, summing blocks.</summary>
    /// <exception cref="ArgumentException">The frame is not a whole multiple of the image along each axis.</exception>
    public void AddBinned(ReadOnlySpan<double> frame, int frameRows, int frameColumns, Span<double> image)
    {
        if (frameRows % Rows != 0 || frameColumns % Columns != 0 || frameRows == 0 || frameColumns == 0)
        {
            throw new ArgumentException($"A {frameRows}×{frameColumns} frame does not fold onto a {Rows}×{Columns} image");
        }
        var rowBin = frameRows / Rows;
        var columnBin = frameColumns / Columns;
        for (var r = 0; r < frameRows; r++)
        {
            var source = frame.Slice(r * frameColumns, frameColumns);
            var target = image.Slice(r / rowBin * Columns, Columns);
            for (var c = 0; c < frameColumns; c++)
            {
                target[c / columnBin] += source[c];
            }
        }
    }
}
