namespace LiveData.Workflows.Histogramming;

/// <summary>
/// Maps a value to a bin of [eᵢ, eᵢ₊₁) of upstream's <c>make_edges</c>: one multiply for linear edges, a binary search
/// for log edges; −1 outside or NaN (e.g. an event without a wavelength).
/// </summary>
public sealed class LinearOrLogBinner(double[] edges, bool linear)
{
    private readonly double _binsPerUnit = (edges.Length - 1) / (edges[^1] - edges[0]);

    public int BinCount => edges.Length - 1;

    public ReadOnlySpan<double> Edges => edges;

    public int BinOf(double value)
    {
        if (!linear)
        {
            return EdgeBinner.IndexOf(edges, value);
        }
        if (!(value >= edges[0] && value < edges[^1]))
        {
            return -1;
        }
        // Rounding at the top edge can yield N; such a value belongs to the last bin.
        return Math.Min(InRangeTruncation.ToInt32((value - edges[0]) * _binsPerUnit), edges.Length - 2);
    }
}
