using LiveData.Core.Data;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.MonitorHistogram;

/// <summary>Bins monitor events by their event_time_offset as recorded (upstream's 'toa' mode).</summary>
public sealed class TimeOfArrivalMonitorBinning : IMonitorBinning
{
    private const string Dim = "time_of_arrival";
    private readonly TimeOfArrivalHistogrammer _histogrammer;
    private readonly TimeOfArrivalRange _range;
    private readonly double _inRangeStartNs;
    private readonly double _inRangeStopNs;

    public TimeOfArrivalMonitorBinning(TimeOfArrivalEdges edges, TimeOfArrivalRange range)
    {
        _histogrammer = new TimeOfArrivalHistogrammer(edges);
        Edges = Variable.Vector(Dim, edges.Unit, edges.Values());
        _range = range;
        // Only histogrammed events can be in range: clip the range to the edges.
        _inRangeStartNs = Math.Max(range.StartNs, TimeUnit.ToNanoseconds(edges.Start, edges.Unit));
        _inRangeStopNs = Math.Min(range.StopNs, TimeUnit.ToNanoseconds(edges.Stop, edges.Unit));
    }

    public Variable Edges { get; }

    public int BinCount => _histogrammer.BinCount;

    public double AddEvents(ReadOnlySpan<int> eventTimeOffsetNs, Span<double> counts)
    {
        var inside = _histogrammer.Add(eventTimeOffsetNs, counts);
        return _range.Enabled ? CountInRange(eventTimeOffsetNs) : inside;
    }

    // Histograms from the monitor's readout are rebinned onto our edges, as upstream does for da00 monitors.
    public double AddHistogram(BinnedCounts histogram, Span<double> counts)
    {
        var inside = HistogramRebinner.AddRebinned(histogram.EdgesNs, histogram.Counts, _histogrammer.EdgesNs, counts);
        if (!_range.Enabled)
        {
            return inside;
        }
        Span<double> inRange = stackalloc double[1];
        if (_inRangeStopNs > _inRangeStartNs)
        {
            HistogramRebinner.AddRebinned(histogram.EdgesNs, histogram.Counts, [_inRangeStartNs, _inRangeStopNs], inRange);
        }
        return inRange[0];
    }

    private long CountInRange(ReadOnlySpan<int> timeOfArrivalNs)
    {
        var (start, stop) = (_inRangeStartNs, _inRangeStopNs);
        long count = 0;
        foreach (var t in timeOfArrivalNs)
        {
            if (t >= start && t < stop)
            {
                count++;
            }
        }
        return count;
    }
}
