using LiveData.Core.Data;
using ScottPlot;

namespace LiveData.Acceptance.Support.Reporting;

/// <summary>Pictures of results for the living documentation: a histogram of a 1-D result, a heatmap of a 2-D one.</summary>
public static class ResultPlot
{
    private const int Width = 800;
    private const int Height = 450;

    /// <returns>A PNG, or null for an empty result, an image without finite values, or a result with neither one nor two dimensions.</returns>
    public static byte[]? Png(DataArray result, string title) => (result.Sizes.Count, result.Data.Length) switch
    {
        (_, 0) => null,
        (1, _) => Histogram(result, title),
        (2, _) => Heatmap(result, title),
        _ => null,
    };

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

        var intensities = new double[rows, columns];
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                var value = values[(row * columns) + column];
                intensities[row, column] = double.IsFinite(value) ? value : double.NaN;
            }
        }

        using var plot = new Plot();
        var heatmap = plot.Add.Heatmap(intensities);
        heatmap.ManualRange = ColourRange(values);
        plot.Add.ColorBar(heatmap).Label = AxisLabel(result.Name, result.Data.Unit);
        Label(plot, title, result.Data.Dims[1], result.Data.Dims[0]);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
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
