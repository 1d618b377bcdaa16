using LiveData.Wire.Ev44;

namespace LiveData.Benchmarks;

/// <summary>
/// Detector views: counts per pixel and time-of-arrival bin for the dummy panel (16 384 pixels x 100 bins),
/// and a DREAM-size image (1.2e7 pixels, one bin), on one and two threads. One operation is one event.
/// </summary>
[MemoryDiagnoser]
public class PixelTimeOfArrivalBenchmarks
{
    private const int Events = 1 << 22;
    private GeneratedEvents _events = null!;
    private PixelTimeOfArrivalKernel _kernel = null!;
    private HugePageCounts<uint> _counts = null!;

    [Params("dummy 16384 x 100", "DREAM 1.2e7 x 1")]
    public string View { get; set; } = "";

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (pixels, bins) = View.StartsWith("dummy", StringComparison.Ordinal) ? (16_384, 100) : (12_000_000, 1);
        _events = BenchmarkEvents.For(pixels, Events);
        _kernel = new PixelTimeOfArrivalKernel(1, pixels, new TimeOfArrivalBinner(new TimeOfArrivalEdges(0, BenchmarkEvents.PulsePeriodNs, bins, "linear", "ns")));
        _counts = new HugePageCounts<uint>((int)_kernel.CountsLength);
    }

    [GlobalCleanup]
    public void Cleanup() => _counts.Dispose();

    [Benchmark(OperationsPerInvoke = Events)]
    public long Histogram() => _kernel.Add(_events.PixelIds, _events.TimeOfArrivalNs, _counts.Span, Threads);

    [Benchmark(OperationsPerInvoke = Events)]
    public long DecodeAndHistogram()
    {
        long counted = 0;
        foreach (var message in _events.Messages)
        {
            var view = Ev44View.Read(message);
            counted += _kernel.Add(view.PixelId, view.TimeOfFlight, _counts.Span, Threads);
        }
        return counted;
    }
}
