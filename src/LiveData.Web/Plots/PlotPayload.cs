namespace LiveData.Web.Plots;

/// <summary>
/// One result as the page draws it. <see cref="Kind"/> says which fields are set: <c>scalar</c> (Value),
/// <c>lines</c> (X and Series, one per ROI or a single one; <see cref="TimeAxis"/> when X is seconds since the epoch)
/// or <c>image</c> (Width × Height values, row-major from the lowest y, summed over any further dims).
/// Values that are not finite are null, which JSON and the plots can carry.
/// </summary>
public sealed record PlotPayload(string Key, string Workflow, string Source, string Output, string Kind, string Unit)
{
    public double? Value { get; init; }
    public string? XLabel { get; init; }
    public double?[]? X { get; init; }
    public bool TimeAxis { get; init; }
    public IReadOnlyList<PlotSeries>? Series { get; init; }
    public string? YLabel { get; init; }
    public int Width { get; init; }
    public int Height { get; init; }
    public double?[]? Pixels { get; init; }

    /// <summary>The image's size before it was reduced for the page; the screen's pixel indices, which ROIs are drawn in.</summary>
    public int ScreenWidth { get; init; }
    public int ScreenHeight { get; init; }

    /// <summary>Sum of every value, shown beside the plot.</summary>
    public double Total { get; init; }
}

public sealed record PlotSeries(string Label, double?[] Y);
