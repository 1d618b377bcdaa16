using LiveData.Core.Data;
using LiveData.Workflows.Parameters;
using LiveData.Workflows.Wavelength;

namespace LiveData.Workflows.MonitorHistogram;

/// <summary>
/// Bins monitor events by wavelength (upstream's 'wavelength' mode): each event_time_offset is looked up in the
/// table at the monitor's flight path, then binned into the wavelength edges. Events without a wavelength (NaN in
/// the table) are dropped, as upstream's histogram drops them.
/// </summary>
public sealed class WavelengthMonitorBinning : IMonitorBinning
{
    private const string Dim = "wavelength";
    private readonly WavelengthLookupTable _table;
    private readonly DistanceRow _row;
    private readonly WavelengthBinner _binner;
    private readonly bool _rangeEnabled;
    private readonly double _inRangeStart;
    private readonly double _inRangeStop;

    public WavelengthMonitorBinning(WavelengthEdges edges, WavelengthRange range, WavelengthLookupTable table, DistanceRow row)
    {
        _table = table;
        _row = row;
        _binner = new WavelengthBinner(edges);
        Edges = Variable.Vector(Dim, edges.Unit, edges.Values());
        _rangeEnabled = range.Enabled;
        // Only histogrammed events can be in range: clip the range to the edges.
        _inRangeStart = Math.Max(range.StartAngstrom, _binner.Edges[0]);
        _inRangeStop = Math.Min(range.StopAngstrom, _binner.Edges[^1]);
    }

    public Variable Edges { get; }

    public int BinCount => _binner.BinCount;

    public double AddEvents(ReadOnlySpan<int> eventTimeOffsetNs, Span<double> counts)
    {
        long inRange = 0;
        foreach (var offset in eventTimeOffsetNs)
        {
            var wavelength = _table.Wavelength(_row, offset);
            var bin = _binner.BinOf(wavelength);
            if (bin < 0)
            {
                continue;
            }
            counts[bin] += 1;
            if (!_rangeEnabled || (wavelength >= _inRangeStart && wavelength < _inRangeStop))
            {
                inRange++;
            }
        }
        return inRange;
    }

    // Each time bin maps to the wavelengths between its edges' wavelengths; bins whose edges have no wavelength, or
    // map to a decreasing interval (across a frame boundary), are dropped, as upstream keeps only increasing parts.
    public double AddHistogram(BinnedCounts histogram, Span<double> counts)
    {
        double inRange = 0;
        Span<double> binEdges = stackalloc double[2];
        Span<double> count = stackalloc double[1];
        Span<double> rangeEdges = [_inRangeStart, _inRangeStop];
        Span<double> inRangeCount = stackalloc double[1];
        for (var i = 0; i < histogram.Counts.Length; i++)
        {
            binEdges[0] = _table.Wavelength(_row, histogram.EdgesNs[i]);
            binEdges[1] = _table.Wavelength(_row, histogram.EdgesNs[i + 1]);
            if (!(binEdges[1] > binEdges[0]))
            {
                continue;
            }
            count[0] = histogram.Counts[i];
            var inside = HistogramRebinner.AddRebinned(binEdges, count, _binner.Edges, counts);
            if (!_rangeEnabled)
            {
                inRange += inside;
            }
            else if (_inRangeStop > _inRangeStart)
            {
                inRangeCount[0] = 0;
                HistogramRebinner.AddRebinned(binEdges, count, rangeEdges, inRangeCount);
                inRange += inRangeCount[0];
            }
        }
        return inRange;
    }
}
