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
        // A plain search for the first edge above the value: the generic BinarySearch compares through
        // IComparable (NaN-aware), which costs a per-event loop more than the search itself; NaN is excluded above.
        int low = 1, high = edges.Length - 1;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (edges[middle] <= value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low - 1;
    }
}
