namespace LiveData.Workflows.Powder;

/// <summary>Maps a d-spacing (Å) to a bin of [e_i, e_i+1): one multiply for linear edges, a binary search for log edges; −1 outside or NaN.</summary>
public sealed class DspacingBinner(double[] edgesAngstrom, bool linear)
{
    private readonly double _binsPerAngstrom = (edgesAngstrom.Length - 1) / (edgesAngstrom[^1] - edgesAngstrom[0]);

    public int BinCount => edgesAngstrom.Length - 1;

    public int BinOf(double d)
    {
        if (!(d >= edgesAngstrom[0] && d < edgesAngstrom[^1]))
        {
            return -1;
        }
        if (linear)
        {
            // Rounding at the top edge can yield N; such an event belongs to the last bin.
            return Math.Min((int)((d - edgesAngstrom[0]) * _binsPerAngstrom), edgesAngstrom.Length - 2);
        }
        var index = Array.BinarySearch(edgesAngstrom, d);
        return index >= 0 ? index : ~index - 1;
    }
}
