using LiveData.Core.Data;
using LiveData.Wire.Ev44;

namespace LiveData.Workflows.MonitorHistogram;

/// <summary>
/// Histograms one monitor's events by time-of-arrival or by wavelength (<see cref="IMonitorBinning"/>), cumulatively
/// and per update window.
/// </summary>
public sealed class MonitorHistogramWorkflow : IWorkflow
{
    private readonly IMonitorBinning _binning;
    private readonly double[] _cumulative;
    private readonly double[] _window;
    private double _windowInRange;
    private double _cumulativeInRange;

    /// <summary>A time-of-arrival histogram.</summary>
    public MonitorHistogramWorkflow(MonitorHistogramParams parameters)
        : this(new TimeOfArrivalMonitorBinning(parameters.Edges, parameters.Range))
    {
    }

    public MonitorHistogramWorkflow(IMonitorBinning binning)
    {
        _binning = binning;
        _cumulative = new double[binning.BinCount];
        _window = new double[binning.BinCount];
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
            _windowInRange += _binning.AddEvents(Ev44View.Read(payload.Span).TimeOfFlight, _window);
        }
    }

    private void AccumulateHistograms(HistogramStreamData histograms)
    {
        foreach (var histogram in histograms.Histograms)
        {
            _windowInRange += _binning.AddHistogram(histogram, _window);
        }
    }

    // Event counts are Poisson: variances equal the counts.
    private DataArray Histogram(string title, double[] counts)
    {
        var values = (double[])counts.Clone();
        var dim = _binning.Edges.Dims[0];
        return new DataArray(title, Variable.Doubles([dim], [values.Length], "counts", values, (double[])values.Clone()), [new(dim, _binning.Edges)]);
    }

    private static DataArray Total(string title, double total) =>
        new(title, Variable.Doubles([], [], "counts", [total], [total]), []);
}
