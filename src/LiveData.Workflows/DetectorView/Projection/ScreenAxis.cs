using LiveData.Core.Data;

namespace LiveData.Workflows.DetectorView.Projection;

/// <summary>
/// One screen dim of a projection: <c>bins</c> equal bins from the smallest to just past the largest projected
/// coordinate, as scipp's <c>hist({dim: bins})</c> makes them (the upper edge is the next double above the maximum,
/// so the maximum is inside).
/// </summary>
internal sealed class ScreenAxis
{
    private readonly double[] _edges;
    private readonly double _scale;

    public ScreenAxis(string dim, ReadOnlySpan<double> coordinate, int bins)
    {
        if (bins < 1)
        {
            throw new ArgumentException($"{dim}: a screen dim needs at least one bin, got {bins}");
        }
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var value in coordinate)
        {
            (min, max) = (Math.Min(min, value), Math.Max(max, value));
        }
        var stop = Math.BitIncrement(max);
        _edges = new double[bins + 1];
        for (var i = 0; i < bins; i++)
        {
            _edges[i] = min + i * (stop - min) / bins;
        }
        _edges[bins] = stop;
        _scale = bins / (stop - min);
        Dim = dim;
    }

    public string Dim { get; }

    public int Bins => _edges.Length - 1;

    public IReadOnlyList<double> Edges => _edges;

    /// <summary>The bin of <paramref name="value"/>: estimated from the even spacing, then checked against the edges.</summary>
    public int BinOf(double value)
    {
        var bin = Math.Clamp((int)((value - _edges[0]) * _scale), 0, Bins - 1);
        if (value < _edges[bin])
        {
            bin--;
        }
        else if (value >= _edges[bin + 1])
        {
            bin++;
        }
        return bin;
    }

    /// <summary>The bin centres in metres, as upstream's screen coordinates (midpoints of the edges).</summary>
    public Variable Centres() => Variable.Vector(Dim, "m", [.. Enumerable.Range(0, Bins).Select(i => (_edges[i] + _edges[i + 1]) / 2)]);
}
