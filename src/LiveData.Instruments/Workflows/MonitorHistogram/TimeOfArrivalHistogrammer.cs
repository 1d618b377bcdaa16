using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.MonitorHistogram;

/// <summary>
/// Bins time-of-arrival events (ns) into fixed edges. Linear edges use one multiply per event;
/// log edges fall back to a binary search. Events outside the edges are dropped.
/// </summary>
public sealed class TimeOfArrivalHistogrammer
{
    private readonly double[] _edgesNs;
    private readonly bool _linear;
    private readonly double _startNs;
    private readonly double _stopNs;
    private readonly double _binsPerNs;

    public TimeOfArrivalHistogrammer(TimeOfArrivalEdges edges)
    {
        _edgesNs = Array.ConvertAll(edges.Values(), e => TimeUnit.ToNanoseconds(e, edges.Unit));
        _linear = !edges.IsLogarithmic;
        _startNs = _edgesNs[0];
        _stopNs = _edgesNs[^1];
        _binsPerNs = edges.NumBins / (_stopNs - _startNs);
    }

    public int BinCount => _edgesNs.Length - 1;

    public ReadOnlySpan<double> EdgesNs => _edgesNs;

    /// <summary>Adds each event to <paramref name="counts"/>; returns how many fell inside the edges.</summary>
    public long Add(ReadOnlySpan<int> timeOfArrivalNs, Span<double> counts)
    {
        long inside = 0;
        var last = counts.Length - 1;
        foreach (var t in timeOfArrivalNs)
        {
            if (t < _startNs || t >= _stopNs)
            {
                continue;
            }
            var bin = _linear ? (int)((t - _startNs) * _binsPerNs) : SearchBin(t);
            // Rounding at the top edge can yield N; such an event belongs to the last bin.
            counts[Math.Min(bin, last)] += 1.0;
            inside++;
        }
        return inside;
    }

    /// <summary>The bin of one event, or -1 when it falls outside the edges.</summary>
    public int BinOf(int timeOfArrivalNs)
    {
        if (timeOfArrivalNs < _startNs || timeOfArrivalNs >= _stopNs)
        {
            return -1;
        }
        var bin = _linear ? (int)((timeOfArrivalNs - _startNs) * _binsPerNs) : SearchBin(timeOfArrivalNs);
        return Math.Min(bin, _edgesNs.Length - 2);
    }

    private int SearchBin(double t)
    {
        var index = Array.BinarySearch(_edgesNs, t);
        return index >= 0 ? index : ~index - 1;
    }
}
