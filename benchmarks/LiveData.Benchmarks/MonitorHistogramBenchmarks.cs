using LiveData.Wire.Ev44;

namespace LiveData.Benchmarks;

/// <summary>The monitor's 1-D time-of-arrival histogram: binning alone, histogramming, and ev44 decode plus histogramming.</summary>
[MemoryDiagnoser]
public class MonitorHistogramBenchmarks
{
    private GeneratedEvents _events = null!;
    private TimeOfArrivalHistogramKernel _kernel = null!;
    private double[] _counts = null!;
    private int[] _bins = null!;

    [Params(100, 10_000)]
    public int Bins { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _events = BenchmarkEvents.For(16_384, BenchmarkEvents.EventsPerMessage);
        _kernel = new TimeOfArrivalHistogramKernel(new TimeOfArrivalBinner(new TimeOfArrivalEdges(0, BenchmarkEvents.PulsePeriodNs, Bins, "linear", "ns")));
        _counts = new double[Bins];
        _bins = new int[_events.Count];
    }

    [Benchmark(OperationsPerInvoke = BenchmarkEvents.EventsPerMessage)]
    public void Binner() => _kernel.Binner.BinsOf(_events.TimeOfArrivalNs, _bins, -1);

    [Benchmark(OperationsPerInvoke = BenchmarkEvents.EventsPerMessage)]
    public long Histogram() => _kernel.Add(_events.TimeOfArrivalNs, _counts);

    [Benchmark(OperationsPerInvoke = BenchmarkEvents.EventsPerMessage)]
    public long DecodeAndHistogram() => _kernel.Add(Ev44View.Read(_events.Messages[0]).TimeOfFlight, _counts);
}
