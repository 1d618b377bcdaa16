using LiveData.Core.Data;
using LiveData.Core.Identity;
using LiveData.Workflows.DetectorView;

namespace LiveData.Web.Plots;

/// <summary>Turns a result into what the page plots: 0-D a number, 1-D a line, ROI spectra one line per ROI, more dims an image.</summary>
public static class PlotProjection
{
    /// <summary>
    /// Images larger than this on a side are block-summed down: the page shows them 360 pixels wide, and a full
    /// 4096 × 4096 (or even 512 × 512) screen as JSON every second would be megabytes per browser.
    /// </summary>
    public const int MaxImageSide = 320;
    private const string TimeDim = "time";
    private const string RoiDim = "roi";

    /// <summary>
    /// Whether a result gets a plot of its own. The ROI readbacks (the rectangles and polygons a view applies) are
    /// shapes on its image, which the page draws itself as the scientist drags them.
    /// </summary>
    public static bool IsPlotted(DataKey key) => key.OutputName is not (DetectorViewSpec.RoiRectangle or DetectorViewSpec.RoiPolygon);

    public static PlotPayload Project(DataKey key, DataArray result)
    {
        var data = result.Data;
        var payload = new PlotPayload(key.ToString(), key.WorkflowId.ToString(), key.SourceName, key.OutputName, "scalar", data.Unit ?? "");
        var values = data.ToDoubles();
        payload = payload with { Total = values.Where(double.IsFinite).Sum() };
        return data.Dims.Count switch
        {
            0 => payload with { Value = Finite(values[0]) },
            1 => Line(payload, result, values),
            2 when data.Dims[0] == RoiDim => RoiLines(payload, result, values),
            _ => Image(payload, result, values),
        };
    }

    private static PlotPayload Line(PlotPayload payload, DataArray result, double[] values)
    {
        var dim = result.Data.Dims[0];
        var (x, time) = Axis(result, dim, values.Length);
        return payload with
        {
            Kind = "lines",
            X = x,
            TimeAxis = time,
            XLabel = Label(result, dim),
            Series = [new PlotSeries(result.Name, Finite(values))],
        };
    }

    private static PlotPayload RoiLines(PlotPayload payload, DataArray result, double[] values)
    {
        var dim = result.Data.Dims[1];
        var bins = (int)result.Data.Shape[1];
        var rois = result.Coord(RoiDim)?.ToDoubles() ?? [.. Enumerable.Range(0, (int)result.Data.Shape[0]).Select(i => (double)i)];
        return payload with
        {
            Kind = "lines",
            X = Axis(result, dim, bins).X,
            XLabel = Label(result, dim),
            Series = [.. rois.Select((roi, i) => new PlotSeries($"ROI {roi:0}", Finite(values.AsSpan(i * bins, bins))))],
        };
    }

    private static PlotPayload Image(PlotPayload payload, DataArray result, double[] values)
    {
        var dims = result.Data.Dims;
        var height = (int)result.Data.Shape[^2];
        var width = (int)result.Data.Shape[^1];
        var plane = SumLeadingDims(values, height * width);
        var factor = Math.Max(1, (int)Math.Ceiling(Math.Max(height, width) / (double)MaxImageSide));
        var (reduced, reducedHeight, reducedWidth) = factor == 1 ? (plane, height, width) : BlockSum(plane, height, width, factor);
        return payload with
        {
            Kind = "image",
            Width = reducedWidth,
            Height = reducedHeight,
            ScreenWidth = width,
            ScreenHeight = height,
            Pixels = Finite(reduced),
            XLabel = Label(result, dims[^1]),
            YLabel = Label(result, dims[^2]),
        };
    }

    // Bin edges (one more than the values) are shown at bin centres; a dim without a coord by index.
    private static (double?[] X, bool Time) Axis(DataArray result, string dim, int length)
    {
        if (result.Coord(dim) is not { Dims.Count: 1 } coord || coord.Dims[0] != dim)
        {
            return ([.. Enumerable.Range(0, length).Select(i => (double?)i)], false);
        }
        var x = coord.ToDoubles();
        var time = dim == TimeDim && coord.Unit == "ns";
        if (time)
        {
            x = Array.ConvertAll(x, ns => ns / 1e9);
        }
        if (x.Length == length + 1)
        {
            x = [.. Enumerable.Range(0, length).Select(i => (x[i] + x[i + 1]) / 2)];
        }
        return (Finite(x), time);
    }

    private static string Label(DataArray result, string dim) =>
        result.Coord(dim)?.Unit is { Length: > 0 } unit && dim != TimeDim ? $"{dim} [{unit}]" : dim;

    private static double[] SumLeadingDims(double[] values, int planeSize)
    {
        if (values.Length == planeSize)
        {
            return values;
        }
        var plane = new double[planeSize];
        for (var i = 0; i < values.Length; i++)
        {
            plane[i % planeSize] += values[i];
        }
        return plane;
    }

    private static (double[] Values, int Height, int Width) BlockSum(double[] plane, int height, int width, int factor)
    {
        var reducedHeight = (height + factor - 1) / factor;
        var reducedWidth = (width + factor - 1) / factor;
        var reduced = new double[reducedHeight * reducedWidth];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                reduced[(y / factor * reducedWidth) + (x / factor)] += plane[(y * width) + x];
            }
        }
        return (reduced, reducedHeight, reducedWidth);
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static double?[] Finite(ReadOnlySpan<double> values)
    {
        var result = new double?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = Finite(values[i]);
        }
        return result;
    }
}
