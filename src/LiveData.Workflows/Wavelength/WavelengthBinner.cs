using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.Wavelength;

/// <summary>
/// Maps a wavelength (Å) to a bin of fixed edges: one multiply for linear edges, a binary search for log edges.
/// NaN (no wavelength for the event) and values outside the edges map to -1.
/// </summary>
public sealed class WavelengthBinner
{
    private readonly double[] _edges;
    private readonly bool _linear;
    private readonly double _binsPerAngstrom;

    public WavelengthBinner(WavelengthEdges edges)
    {
        _edges = edges.ValuesInAngstrom();
        _linear = !edges.IsLogarithmic;
        _binsPerAngstrom = edges.NumBins / (_edges[^1] - _edges[0]);
    }

    public int BinCount => _edges.Length - 1;

    /// <summary>The edges in Å.</summary>
    public ReadOnlySpan<double> Edges => _edges;

    public int BinOf(double wavelength)
    {
        if (!(wavelength >= _edges[0] && wavelength < _edges[^1]))
        {
            return -1;
        }
        var bin = _linear ? (int)((wavelength - _edges[0]) * _binsPerAngstrom) : SearchBin(wavelength);
        // Rounding at the top edge can yield N; such an event belongs to the last bin.
        return Math.Min(bin, _edges.Length - 2);
    }

    private int SearchBin(double wavelength)
    {
        var index = Array.BinarySearch(_edges, wavelength);
        return index >= 0 ? index : ~index - 1;
    }
}
