using LiveData.Bench.Reporting;
using LiveData.Wire.Ev44;
using LiveData.Workflows.Histogramming;
using LiveData.Workflows.Parameters;

namespace LiveData.Bench.Kernels;

/// <summary>
/// A detector view: counts per pixel and time-of-arrival bin (one bin: an image gated on the pulse period),
/// pixel-major in 32-bit counts (half the working set of doubles) on huge pages (few TLB misses).
/// </summary>
internal sealed class PixelKernelCase : KernelCase
{
    private readonly PixelTimeOfArrivalKernel _kernel;
    private readonly HugePageCounts<uint> _counts;

    public PixelKernelCase(string name, EventSet events, int bins, int threads, BenchTarget target, (int Bytes, string What) traffic)
    {
        Name = name;
        Events = events;
        Threads = threads;
        Target = target;
        Traffic = traffic;
        var edges = new TimeOfArrivalEdges(0, events.TimeOfArrivalStopNs, bins, "linear", "ns");
        _kernel = new PixelTimeOfArrivalKernel(events.FirstPixelId, events.PixelCount, new TimeOfArrivalBinner(edges));
        _counts = new HugePageCounts<uint>((int)_kernel.CountsLength);
        Numpy = new NumpyCall(bins == 1 ? "image" : "pixel_toa", bins);
    }

    public override string Name { get; }

    public override BenchTarget? Target { get; }

    public override NumpyCall Numpy { get; }

    public override EventSet Events { get; }

    public override int Threads { get; }

    public override (int Bytes, string What) Traffic { get; }

    public override long Add(ReadOnlyMemory<byte> ev44)
    {
        var message = Ev44View.Read(ev44.Span);
        return _kernel.Add(message.PixelId, message.TimeOfFlight, _counts.Span, Threads);
    }

    public override void Clear() => _counts.Span.Clear();

    public override void Dispose() => _counts.Dispose();
}
