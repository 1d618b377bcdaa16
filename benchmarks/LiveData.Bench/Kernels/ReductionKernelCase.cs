using LiveData.Bench.Reporting;

namespace LiveData.Bench.Kernels;

/// <summary>
/// A reduction's per-event kernel as its job runs it on every message: ev44 decode, then λ from the lookup table at
/// the pixel's flight path, the reduction's per-event quantity, filtering and a weighted bin. It runs on the events of
/// the instrument's known-answer sample, and its histogram must equal numpy's implementation of the same formula
/// (<see cref="ReductionNumpyScript"/>) on the same events, per-pixel arrays and table.
/// </summary>
internal abstract class ReductionKernelCase(EventSet events, string kind, int bins) : KernelCase
{
    public override EventSet Events => events;

    public override NumpyCall Numpy { get; } = new(kind, bins);

    // A compiled loop over the events that loses to numpy's whole-array passes over the same formula would make the
    // port slower than the approach upstream itself takes.
    public override BenchTarget? Target => BenchTarget.RatioAtLeast(1);

    // The bound assumes the per-pixel arrays, the table and the histogram stay in the last-level cache (32 MB here; DREAM's
    // mantle needs the most, 22 MB) and only the events stream. A cache shared with other work breaks that first.
    public override (int Bytes, string What) Traffic => (8, "8 B/event: pixel id + event_time_offset, the rest cached");

    /// <summary>The per-pixel arrays and the table the kernel reads, for numpy.</summary>
    public abstract ReductionArrays Arrays { get; }

    /// <summary>The accumulated histogram, flat as numpy's script writes it (weights, then their squares where the reduction keeps variances).</summary>
    public abstract double[] Histogram();

    // Reductions weight their events: the histograms are compared whole instead of counts.
    public override long Add(ReadOnlyMemory<byte> ev44)
    {
        AddMessage(ev44);
        return 0;
    }

    protected abstract void AddMessage(ReadOnlyMemory<byte> ev44);
}
