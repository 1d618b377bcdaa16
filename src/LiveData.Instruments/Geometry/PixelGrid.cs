namespace LiveData.Instruments.Geometry;

/// <summary>Where one pixel sits in its bank's grid: column (across the surface), row (along it) and layer (depth).</summary>
internal readonly record struct GridCell(int Column, int Row, int Layer);

/// <summary>
/// How a bank's pixels, in detector_number order, fill a grid of <paramref name="Columns"/> × <paramref name="Rows"/> ×
/// <paramref name="Layers"/> cells; the mapping follows the bank's logical axes so neighbouring numbers are neighbours
/// on the surface.
/// </summary>
internal sealed record PixelGrid(int Columns, int Rows, int Layers, Func<int, GridCell> CellOf)
{
    /// <summary>Pixel i in column i mod <paramref name="columns"/> of row i / columns (the last row may be partial).</summary>
    public static PixelGrid RowMajor(int pixels, int columns) =>
        new(columns, (pixels + columns - 1) / columns, 1, i => new GridCell(i % columns, i / columns, 0));

    /// <summary>A bank with one flat axis of numbers laid out nearly square.</summary>
    public static PixelGrid Square(int pixels) => RowMajor(pixels, (int)Math.Ceiling(Math.Sqrt(pixels)));

    /// <summary>
    /// Pixels indexed (slow, layer, row) in C order: <paramref name="columns"/> blocks of <paramref name="layers"/> ×
    /// <paramref name="rows"/> (DREAM's mantle: module·segment·counter, wire, strip).
    /// </summary>
    public static PixelGrid ColumnLayerRow(int columns, int layers, int rows) =>
        new(columns, rows, layers, i => new GridCell(i / (layers * rows), i % rows, i / rows % layers));

    /// <summary>Pixels indexed (column, row) in C order: columns are the slow axis (NMX's x, a Timepix3's dim_0).</summary>
    public static PixelGrid ColumnMajor(int columns, int rows) => new(columns, rows, 1, i => new GridCell(i / rows, i % rows, 0));

    /// <summary>Pixels indexed (layer, row, column) in C order (MAGIC's wire, strip, segment; a stack of panels).</summary>
    public static PixelGrid LayerRowColumn(int layers, int rows, int columns) =>
        new(columns, rows, layers, i => new GridCell(i % columns, i / columns % rows, i / (columns * rows)));
}
