using LiveData.Core.Data;
using LiveData.Workflows.Histogramming;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.Wavelength;

/// <summary>
/// Bins detector events by wavelength (upstream's 'wavelength' mode): each event's pixel gives its precomputed
/// lookup-table row (flight path L1 + L2), the event_time_offset its position along the row. Events of unknown
/// pixels or without a wavelength (NaN in the table) get no bin.
/// </summary>
public sealed class WavelengthPixelBinning : IPixelEventBinning
{
    private const string Dim = "wavelength";
    private readonly WavelengthLookupTable _table;
    private readonly DistanceRow[] _rowOfPixel;
    private readonly int _firstDetectorNumber;
    private readonly WavelengthBinner _binner;
    private readonly bool _rangeEnabled;
    private readonly double _rangeStart;
    private readonly double _rangeStop;

    /// <param name="rowOfPixel">The table row of each detector number from <paramref name="firstDetectorNumber"/> on.</param>
    public WavelengthPixelBinning(WavelengthEdges edges, WavelengthRange range, WavelengthLookupTable table, DistanceRow[] rowOfPixel, int firstDetectorNumber)
    {
        _table = table;
        _rowOfPixel = rowOfPixel;
        _firstDetectorNumber = firstDetectorNumber;
        _binner = new WavelengthBinner(edges);
        Edges = Variable.Vector(Dim, edges.Unit, edges.Values());
        (_rangeEnabled, _rangeStart, _rangeStop) = (range.Enabled, range.StartAngstrom, range.StopAngstrom);
    }

    public Variable Edges { get; }

    public int BinCount => _binner.BinCount;

    public void Bin(ReadOnlySpan<int> pixelIds, ReadOnlySpan<int> eventTimeOffsetNs, Span<int> bins, Span<bool> inRange)
    {
        for (var i = 0; i < eventTimeOffsetNs.Length; i++)
        {
            // Ids below the first detector number wrap to large unsigned values, so one comparison bounds both ends.
            var pixel = (uint)(pixelIds[i] - _firstDetectorNumber);
            if (pixel >= (uint)_rowOfPixel.Length)
            {
                bins[i] = -1;
                continue;
            }
            var wavelength = _table.Wavelength(_rowOfPixel[pixel], eventTimeOffsetNs[i]);
            bins[i] = _binner.BinOf(wavelength);
            inRange[i] = !_rangeEnabled || (wavelength >= _rangeStart && wavelength < _rangeStop);
        }
    }
}
