using LiveData.Core.Data;
using LiveData.Wire.Ev44;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.MonitorHistogram;

/// <summary>Histograms one monitor's events by time-of-arrival, cumulatively and per update window.</summary>
public sealed class MonitorHistogramWorkflow : IWorkflow
{
    private const string Dim = "time_of_arrival";
    private readonly TimeOfArrivalHistogrammer _histogrammer;
    private readonly Variable _edges;
    private readonly TimeOfArrivalRange _range;
    private readonly double _inRangeStartNs;
    private readonly double _inRangeStopNs;
    private readonly double[] _cumulative;
    private readonly double[] _window;
    private double _windowInRange;
    private double _cumulativeInRange;

    public MonitorHistogramWorkflow(MonitorHistogramParams parameters)
    {
        _histogrammer = new TimeOfArrivalHistogrammer(parameters.Edges);
        _edges = Variable.Vector(Dim, parameters.Edges.Unit, parameters.Edges.Values());
        _range = parameters.Range;
        // Only histogrammed events can be in range: clip the range to the edges.
        var edges = parameters.Edges;
        _inRangeStartNs = Math.Max(_range.StartNs, TimeUnit.ToNanoseconds(edges.Start, edges.Unit));
        _inRangeStopNs = Math.Min(_range.StopNs, TimeUnit.ToNanoseconds(edges.Stop, edges.Unit));
        _cumulative = new double[_histogrammer.BinCount];
        _window = new double[_histogrammer.BinCount];
    }

    public void Accumulate(StreamData data)
    {
        switch (data)
        {
            case EventStreamData events:
                AccumulateEvents(events);
                break;
            case HistogramStreamData histograms:
                AccumulateHistograms(histograms);
                break;
        }
    }

    public IReadOnlyDictionary<string, DataArray> Finalize()
    {
        for (var i = 0; i < _window.Length; i++)
        {
            _cumulative[i] += _window[i];
        }
        _cumulativeInRange += _windowInRange;
        var outputs = new Dictionary<string, DataArray>
        {
            [TimeOfArrivalOutputs.Cumulative] = Histogram("Histogram", _cumulative),
            [TimeOfArrivalOutputs.Current] = Histogram("Histogram update", _window),
            [TimeOfArrivalOutputs.CountsTotal] = Total("Total", _window.Sum()),
            [TimeOfArrivalOutputs.CountsInToaRange] = Total("Total in range", _windowInRange),
            [TimeOfArrivalOutputs.CountsTotalCumulative] = Total("Total", _cumulative.Sum()),
            [TimeOfArrivalOutputs.CountsInToaRangeCumulative] = Total("Total in range", _cumulativeInRange),
        };
        Array.Clear(_window);
        _windowInRange = 0;
        return outputs;
    }

    public void Reset()
    {
        Array.Clear(_cumulative);
        Array.Clear(_window);
        _windowInRange = 0;
        _cumulativeInRange = 0;
    }

    private void AccumulateEvents(EventStreamData events)
    {
        foreach (var payload in events.Ev44Payloads)
        {
            var timeOfArrival = Ev44View.Read(payload.Span).TimeOfFlight;
            var inside = _histogrammer.Add(timeOfArrival, _window);
            _windowInRange += _range.Enabled ? CountInRange(timeOfArrival) : inside;
        }
    }

    // Histograms from the monitor's readout are rebinned onto our edges, as upstream does for da00 monitors.
    private void AccumulateHistograms(HistogramStreamData histograms)
    {
        Span<double> inRange = stackalloc double[1];
        foreach (var histogram in histograms.Histograms)
        {
            var inside = HistogramRebinner.AddRebinned(histogram.EdgesNs, histogram.Counts, _histogrammer.EdgesNs, _window);
            if (!_range.Enabled)
            {
                _windowInRange += inside;
                continue;
            }
            inRange[0] = 0;
            if (_inRangeStopNs > _inRangeStartNs)
            {
                HistogramRebinner.AddRebinned(histogram.EdgesNs, histogram.Counts, [_inRangeStartNs, _inRangeStopNs], inRange);
            }
            _windowInRange += inRange[0];
        }
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

    // Event counts are Poisson: variances equal the counts.
    private DataArray Histogram(string title, double[] counts)
    {
        var values = (double[])counts.Clone();
        return new DataArray(title, Variable.Doubles([Dim], [values.Length], "counts", values, (double[])values.Clone()), [new(Dim, _edges)]);
    }

    private static DataArray Total(string title, double total) =>
        new(title, Variable.Doubles([], [], "counts", [total], [total]), []);
}
