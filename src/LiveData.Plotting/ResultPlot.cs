using LiveData.Core.Data;
using ScottPlot;

namespace LiveData.Plotting;

/// <summary>
/// Pictures of results (living documentation, <c>livedata up --plot-dir</c>): a histogram of a 1-D result, a heatmap of
/// a 2-D one, and of a 3-D one (BIFROST's Q maps per arc) the heatmap of its sum over the first dimension.
/// </summary>
public static class ResultPlot
{
    private const int Width = 800;
    private const int Height = 450;
    private const int MaxCellsPerSide = 400;

    /// <returns>A PNG, or null for an empty result, an image without finite values, or a scalar or a result of more than three dimensions.</returns>
    public static byte[]? Png(DataArray result, string title) => (result.Sizes.Count, result.Data.Length) switch
    {
        (_, 0) => null,
        (1, _) when IsTimeseries(result) => Timeseries(result, title),
        (1, _) => Histogram(result, title),
        (2, _) => Heatmap(result, title),
        (3, _) => Heatmap(SumOverFirst(result), $"{title}, summed over {result.Data.Dims[0]}"),
        _ => null,
    };

    /// <summary>The sum over the first dimension of a 3-D result, skipping values that are not finite (NaN where none is).</summary>
    internal static DataArray SumOverFirst(DataArray result)
    {
        var (outer, cells) = ((int)result.Data.Shape[0], (int)(result.Data.Shape[1] * result.Data.Shape[2]));
        var values = result.Data.ToDoubles();
        var sums = new double[cells];
        var finite = new bool[cells];
        for (var i = 0; i < outer; i++)
        {
            for (var cell = 0; cell < cells; cell++)
            {
                var value = values[(i * cells) + cell];
                if (double.IsFinite(value))
                {
                    sums[cell] += value;
                    finite[cell] = true;
                }
            }
        }
        for (var cell = 0; cell < cells; cell++)
        {
            sums[cell] = finite[cell] ? sums[cell] : double.NaN;
        }
        var data = Variable.Doubles([result.Data.Dims[1], result.Data.Dims[2]], [result.Data.Shape[1], result.Data.Shape[2]], result.Data.Unit, sums);
        // The remaining dims keep their coords; the summed one's go.
        return new DataArray(result.Name, data, [.. result.Coords.Where(c => c.Value.Dims.Count == 1 && c.Value.Dims[0] != result.Data.Dims[0])]);
    }

    // A log's samples along "time" at points (not bin edges) in ns since the epoch.
    private static bool IsTimeseries(DataArray result) =>
        result.Data.Dims[0] == "time" && result.Coord("time") is { Unit: "ns" } time && time.Length == result.Data.Length;

    /// <summary>The samples as points joined by lines, against seconds since the first.</summary>
    private static byte[] Timeseries(DataArray result, string title)
    {
        var times = result.Coord("time")!.ToDoubles();
        var seconds = times.Select(t => (t - times[0]) / 1e9).ToArray();
        using var plot = new Plot();
        var line = plot.Add.Scatter(seconds, result.Data.ToDoubles());
        line.MarkerSize = 4;
        Label(plot, title, $"time since {DateTimeOffset.FromUnixTimeMilliseconds((long)(times[0] / 1e6)):yyyy-MM-dd HH:mm:ss} UTC [s]", AxisLabel(result.Name, result.Data.Unit));
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static byte[] Histogram(DataArray result, string title)
    {
        var dim = result.Data.Dims[0];
        var values = result.Data.ToDoubles();
        var (centres, widths) = BinsOf(result.Coord(dim), values.Length);

        using var plot = new Plot();
        var bars = plot.Add.Bars(centres, values);
        for (var i = 0; i < bars.Bars.Count; i++)
        {
            bars.Bars[i].Size = widths[i];
            bars.Bars[i].LineWidth = 0;
        }

        Label(plot, title, AxisLabel(dim, result.Coord(dim)?.Unit), AxisLabel(result.Name, result.Data.Unit));
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static byte[]? Heatmap(DataArray result, string title)
    {
        var (rows, columns) = ((int)result.Data.Shape[0], (int)result.Data.Shape[1]);
        var values = result.Data.ToDoubles();
        if (!values.Any(double.IsFinite))
        {
            return null;
        }

        // More cells than the picture has pixels only cost drawing time: blocks of cells are shown by their mean.
        var block = Math.Max(1, (int)Math.Ceiling(Math.Max(rows, columns) / (double)MaxCellsPerSide));
        var intensities = BlockMeans(values, rows, columns, block);

        using var plot = new Plot();
        var heatmap = plot.Add.Heatmap(intensities);
        // Row 0 at the bottom, so that the y axis grows upwards like the x axis.
        heatmap.FlipVertically = true;
        var (y, x) = (result.Data.Dims[0], result.Data.Dims[1]);
        var (xEdges, yEdges) = (UniformEdges(result.Coord(x), columns), UniformEdges(result.Coord(y), rows));
        if (xEdges is { } xs && yEdges is { } ys)
        {
            // Uniform bin edges put the cells at their physical values; otherwise the axes count cells.
            heatmap.Extent = new CoordinateRect(xs.First, xs.Last, ys.First, ys.Last);
        }
        else
        {
            (heatmap.CellWidth, heatmap.CellHeight) = (block, block);
        }
        heatmap.ManualRange = ColourRange([.. intensities.Cast<double>()]);
        plot.Add.ColorBar(heatmap).Label = AxisLabel(result.Name, result.Data.Unit);
        Label(plot, block == 1 ? title : $"{title} (mean of {block}×{block} cells)",
            AxisLabel(x, xEdges is null ? null : result.Coord(x)!.Unit), AxisLabel(y, yEdges is null ? null : result.Coord(y)!.Unit));
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>The first and last of <paramref name="cells"/> + 1 evenly spaced bin edges, or null for points, uneven (log) edges or none.</summary>
    internal static (double First, double Last)? UniformEdges(Variable? coord, int cells)
    {
        var edges = coord?.ToDoubles() ?? [];
        if (edges.Length != cells + 1 || cells < 1)
        {
            return null;
        }
        var step = (edges[^1] - edges[0]) / cells;
        for (var i = 1; i < edges.Length; i++)
        {
            if (!(Math.Abs(edges[i] - edges[i - 1] - step) <= 1e-6 * Math.Abs(step)))
            {
                return null;
            }
        }
        return (edges[0], edges[^1]);
    }

    /// <summary>The mean of the finite values in each <paramref name="block"/>² block (NaN where none is finite), row-major as ScottPlot takes it.</summary>
    internal static double[,] BlockMeans(double[] values, int rows, int columns, int block)
    {
        var (blockRows, blockColumns) = ((rows + block - 1) / block, (columns + block - 1) / block);
        var sums = new double[blockRows, blockColumns];
        var counts = new int[blockRows, blockColumns];
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                var value = values[(row * columns) + column];
                if (double.IsFinite(value))
                {
                    sums[row / block, column / block] += value;
                    counts[row / block, column / block]++;
                }
            }
        }
        for (var row = 0; row < blockRows; row++)
        {
            for (var column = 0; column < blockColumns; column++)
            {
                sums[row, column] = counts[row, column] > 0 ? sums[row, column] / counts[row, column] : double.NaN;
            }
        }
        return sums;
    }

    /// <summary>The finite values' range: ScottPlot cannot scale colours over NaN or infinity, which are drawn as blank pixels.</summary>
    private static ScottPlot.Range ColourRange(double[] values)
    {
        var finite = values.Where(double.IsFinite).ToList();
        var (min, max) = (finite.Min(), finite.Max());
        return new ScottPlot.Range(min, max > min ? max : min + 1);
    }

    /// <summary>Bar centres and widths from a coordinate of bin edges (n + 1 values) or points (n values); bin indices without one.</summary>
    private static (double[] Centres, double[] Widths) BinsOf(Variable? coord, int bins)
    {
        var points = coord?.ToDoubles() ?? [];
        if (points.Length == bins + 1)
        {
            return ([.. points.Zip(points.Skip(1), (a, b) => (a + b) / 2)], [.. points.Zip(points.Skip(1), (a, b) => b - a)]);
        }

        var centres = points.Length == bins ? points : [.. Enumerable.Range(0, bins).Select(i => (double)i)];
        var width = centres.Length > 1 ? centres[1] - centres[0] : 1;
        return (centres, [.. centres.Select(_ => width)]);
    }

    private static void Label(Plot plot, string title, string x, string y)
    {
        plot.Title(title);
        plot.XLabel(x);
        plot.YLabel(y);
    }

    private static string AxisLabel(string name, string? unit) => string.IsNullOrEmpty(unit) ? name : $"{name} [{unit}]";
}
