namespace LiveData.Workflows.Histogramming;

/// <summary>Maps a value to its bin among increasing edges, half-open [eᵢ, eᵢ₊₁) as scipp's hist; outside or NaN → −1.</summary>
public sealed class EdgeBinner(double[] edges)
{
    public int BinCount => edges.Length - 1;

    public ReadOnlySpan<double> Edges => edges;

    public int BinOf(double value) => IndexOf(edges, value);

    /// <summary>The bin of <paramref name="value"/> among any increasing <paramref name="edges"/>, by binary search; −1 outside or NaN.</summary>
    public static int IndexOf(ReadOnlySpan<double> edges, double value)
    {
        if (!(value >= edges[0] && value < edges[^1]))
        {
            return -1;
        }
        var index = edges.BinarySearch(value);
        return index >= 0 ? index : ~index - 1;
    }
}
