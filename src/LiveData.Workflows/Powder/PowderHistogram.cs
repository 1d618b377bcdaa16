using LiveData.Workflows.Histogramming;
using LiveData.Workflows.Wavelength;

namespace LiveData.Workflows.Powder;

/// <summary>
/// Upstream's accumulated <c>CorrectedDspacing</c>: events histogrammed over (fine 2θ, d-spacing), each weighted by the
/// Lorentz factor d⁴ sin θ, with the sum of squared weights as variances. Events outside the wavelength range
/// (endpoints kept), without a wavelength or outside the d-spacing edges are dropped.
/// </summary>
public sealed class PowderHistogram
{
    private readonly PowderPixels _pixels;
    private readonly WavelengthLookupTable _table;
    private readonly LinearOrLogBinner _binner;
    private readonly double _wavelengthStart;
    private readonly double _wavelengthStop;

    public PowderHistogram(PowderPixels pixels, WavelengthLookupTable table, PowderParams parameters)
    {
        _pixels = pixels;
        _table = table;
        _binner = new LinearOrLogBinner(parameters.DspacingEdges.ValuesInBaseUnit(), !parameters.DspacingEdges.IsLogarithmic);
        (_wavelengthStart, _wavelengthStop) = (parameters.WavelengthStartAngstrom, parameters.WavelengthStopAngstrom);
        Values = new double[pixels.FineRowCount * _binner.BinCount];
        Variances = new double[Values.Length];
    }

    public int DspacingBins => _binner.BinCount;

    public int FineRows => _pixels.FineRowCount;

    /// <summary>Weights by (fine 2θ row, d bin), row after row.</summary>
    public double[] Values { get; }

    public double[] Variances { get; }

    public void Add(ReadOnlySpan<int> pixelIds, ReadOnlySpan<int> eventTimeOffsetNs)
    {
        var rows = _pixels.Rows;
        var sinThetas = _pixels.SinTheta;
        var fineRows = _pixels.FineRow;
        var bins = _binner.BinCount;
        for (var i = 0; i < eventTimeOffsetNs.Length; i++)
        {
            // Ids below the first detector number wrap to large unsigned values, so one comparison bounds both ends.
            var pixel = (uint)(pixelIds[i] - _pixels.FirstDetectorNumber);
            if (pixel >= (uint)rows.Length || fineRows[pixel] < 0)
            {
                continue;
            }
            var wavelength = _table.Wavelength(rows[pixel], eventTimeOffsetNs[i]);
            if (!(wavelength >= _wavelengthStart && wavelength <= _wavelengthStop))
            {
                continue;
            }
            var sinTheta = sinThetas[pixel];
            var d = DSpacing.FromWavelength(wavelength, sinTheta);
            var bin = _binner.BinOf(d);
            if (bin < 0)
            {
                continue;
            }
            var weight = DSpacing.LorentzFactor(d, sinTheta);
            var cell = fineRows[pixel] * bins + bin;
            Values[cell] += weight;
            Variances[cell] += weight * weight;
        }
    }

    /// <summary>No event has counted since the start or the last <see cref="Clear"/>.</summary>
    public bool IsEmpty => !Values.AsSpan().ContainsAnyExcept(0.0);

    public void Clear()
    {
        Array.Clear(Values);
        Array.Clear(Variances);
    }
}
