using LiveData.Workflows;
using LiveData.Workflows.DetectorView;
using LiveData.Workflows.MonitorHistogram;

namespace LiveData.Benchmarks;

/// <summary>
/// LOKI's tube view of its largest bank (448 tubes x 7 straws x 256 pixels on a pixel x tube screen) as detector_data
/// runs it: decode, time-of-arrival binning, the pixel's screen cell and the image count. This loop is half of
/// detector_data's CPU under load (perf, LOKI at 6x). One operation is one event.
/// </summary>
[MemoryDiagnoser]
public class DetectorViewBenchmarks
{
    private const int Events = 1 << 22;
    private const int Pixels = 448 * 7 * 256;
    private static readonly LogicalView TubeView = new([new("tube", 448), new("straw", 7), new("pixel", 256)], [["pixel"], ["tube"]]);
    private EventStreamData _events = null!;
    private DetectorViewWorkflow _view = null!;

    [GlobalSetup]
    public void Setup()
    {
        var events = BenchmarkEvents.For(Pixels, Events);
        _events = new EventStreamData("loki_detector_0", [.. events.Messages.Select(m => (ReadOnlyMemory<byte>)m)]);
        _view = new DetectorViewWorkflow(PixelScreenMap.Logical(1, TubeView), MonitorHistogramParams.Default, withRois: false);
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public void DecodeAndView() => _view.Accumulate(_events);
}
