namespace LiveData.Workflows.Reflectometry;

/// <summary>Maps a value to its bin among increasing edges, half-open [eᵢ, eᵢ₊₁) as scipp's hist; outside or NaN → −1.</summary>
public sealed class EdgeBinner(double[] edges)
{
    public int BinCount => edges.Length - 1;

    public ReadOnlySpan<double> Edges => edges;

    public int BinOf(double value)
    {
        if (!(value >= edges[0] && value < edges[^1]))
        {
            return -1;
        }
        var index = Array.BinarySearch(edges, value);
        return index >= 0 ? index : ~index - 1;
    }
}
