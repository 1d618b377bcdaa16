using LiveData.Workflows.Histogramming;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.Wavelength;

/// <summary>
/// Maps a wavelength (Å) to a bin of the requested edges (linear or log, in any wavelength unit).
/// NaN (no wavelength for the event) and values outside the edges map to -1.
/// </summary>
public sealed class WavelengthBinner(WavelengthEdges edges)
{
    private readonly LinearOrLogBinner _binner = new(edges.ValuesInAngstrom(), !edges.IsLogarithmic);

    public int BinCount => _binner.BinCount;

    /// <summary>The edges in Å.</summary>
    public ReadOnlySpan<double> Edges => _binner.Edges;

    public int BinOf(double wavelength) => _binner.BinOf(wavelength);
}
