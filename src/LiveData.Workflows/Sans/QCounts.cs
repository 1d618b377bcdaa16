using LiveData.Workflows.Histogramming;
using LiveData.Workflows.Wavelength;

namespace LiveData.Workflows.Sans;

/// <summary>
/// The numerator of I(Q): a bank's events counted by Q bin, each with λ from the lookup table at its pixel's flight
/// path and Q = 4π sin θ / λ. Events off the bank, without a wavelength, outside the band [start, stop) or outside
/// the Q edges are dropped.
/// </summary>
public sealed class QCounts
{
    private readonly SansPixels _pixels;
    private readonly int _firstDetectorNumber;
    private readonly WavelengthLookupTable _table;
    private readonly double[] _qEdges;
    private readonly double _bandStart;
    private readonly double _bandStop;

    /// <param name="qEdges">Q edges in 1/Å.</param>
    /// <param name="band">The wavelength band in Å, start included, stop excluded.</param>
    public QCounts(SansPixels pixels, int firstDetectorNumber, WavelengthLookupTable table, double[] qEdges, (double Start, double Stop) band)
    {
        _pixels = pixels;
        _firstDetectorNumber = firstDetectorNumber;
        _table = table;
        _qEdges = qEdges;
        (_bandStart, _bandStop) = band;
        Counts = new double[qEdges.Length - 1];
    }

    /// <summary>The counts an I(Q) job with <paramref name="parameters"/> keeps: its Q edges, its wavelength edges' span as the band.</summary>
    public static QCounts For(SansParams parameters, SansPixels pixels, int firstDetectorNumber, WavelengthLookupTable table)
    {
        var wavelengths = parameters.WavelengthEdges.ValuesInAngstrom();
        return new QCounts(pixels, firstDetectorNumber, table, parameters.QEdges.ValuesPerAngstrom(), (wavelengths[0], wavelengths[^1]));
    }

    /// <summary>The Q edges in 1/Å.</summary>
    public ReadOnlySpan<double> QEdges => _qEdges;

    /// <summary>The band in Å, start included, stop excluded.</summary>
    public (double Start, double Stop) Band => (_bandStart, _bandStop);

    /// <summary>Events per Q bin since the start or <see cref="Clear"/>.</summary>
    public double[] Counts { get; }

    public void Add(ReadOnlySpan<int> pixelIds, ReadOnlySpan<int> eventTimeOffsetsNs)
    {
        var rows = _pixels.Rows;
        var sinTheta = _pixels.SinTheta;
        ReadOnlySpan<double> edges = _qEdges;
        for (var i = 0; i < pixelIds.Length; i++)
        {
            var pixel = pixelIds[i] - _firstDetectorNumber;
            if ((uint)pixel >= (uint)rows.Length)
            {
                continue;
            }
            var wavelength = _table.Wavelength(rows[pixel], eventTimeOffsetsNs[i]);
            if (!(wavelength >= _bandStart && wavelength < _bandStop))
            {
                continue;
            }
            var bin = EdgeBinner.IndexOf(edges, ScatteringVector.FromSinTheta(wavelength, sinTheta[pixel]));
            if (bin >= 0)
            {
                Counts[bin] += 1;
            }
        }
    }

    public void Clear() => Array.Clear(Counts);
}
