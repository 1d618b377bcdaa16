using LiveData.Workflows.Wavelength;

namespace LiveData.Workflows.Reflectometry;

/// <summary>
/// I(θ, λ) as the reduction accumulates it: each event of a kept pixel, with λ from the lookup table at the pixel's
/// flight path, adds the pixel's weight to (its θ bin, its λ bin) and the weight squared to the variances. Events
/// off the bank, of masked pixels, without a wavelength or outside the λ edges are dropped.
/// </summary>
public sealed class ThetaWavelengthHistogram
{
    private readonly ReflectometryPixels _pixels;
    private readonly WavelengthLookupTable _table;
    private readonly int _firstDetectorNumber;
    private readonly WavelengthBinner _wavelengths;

    public ThetaWavelengthHistogram(ReflectometryPixels pixels, WavelengthLookupTable table, int firstDetectorNumber, int thetaBins, WavelengthBinner wavelengths)
    {
        _pixels = pixels;
        _table = table;
        _firstDetectorNumber = firstDetectorNumber;
        _wavelengths = wavelengths;
        Values = new double[thetaBins * wavelengths.BinCount];
        Variances = new double[Values.Length];
    }

    /// <summary>Weights by (θ bin, λ bin), row after row.</summary>
    public double[] Values { get; }

    public double[] Variances { get; }

    public void Add(ReadOnlySpan<int> pixelIds, ReadOnlySpan<int> eventTimeOffsetNs)
    {
        var bins = _pixels.ThetaBins;
        var weights = _pixels.Weights;
        var rows = _pixels.Rows;
        var columns = _wavelengths.BinCount;
        for (var i = 0; i < eventTimeOffsetNs.Length; i++)
        {
            // Ids below the first detector number wrap to large unsigned values, so one comparison bounds both ends.
            var pixel = (uint)(pixelIds[i] - _firstDetectorNumber);
            if (pixel >= (uint)bins.Length || bins[pixel] < 0)
            {
                continue;
            }
            var column = _wavelengths.BinOf(_table.Wavelength(rows[pixel], eventTimeOffsetNs[i]));
            if (column < 0)
            {
                continue;
            }
            var cell = bins[pixel] * columns + column;
            var weight = weights[pixel];
            Values[cell] += weight;
            Variances[cell] += weight * weight;
        }
    }

    public void Clear()
    {
        Array.Clear(Values);
        Array.Clear(Variances);
    }
}
