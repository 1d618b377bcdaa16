using LiveData.Workflows.Histogramming;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.MonitorHistogram;

/// <summary>
/// Bins time-of-arrival events (ns) into fixed edges, with the <see cref="TimeOfArrivalHistogramKernel"/>.
/// Events outside the edges are dropped.
/// </summary>
public sealed class TimeOfArrivalHistogrammer(TimeOfArrivalEdges edges)
{
    private readonly TimeOfArrivalHistogramKernel _kernel = new(new TimeOfArrivalBinner(edges));

    public int BinCount => _kernel.Binner.BinCount;

    public ReadOnlySpan<double> EdgesNs => _kernel.Binner.EdgesNs;

    /// <summary>Adds each event to <paramref name="counts"/>; returns how many fell inside the edges.</summary>
    public long Add(ReadOnlySpan<int> timeOfArrivalNs, Span<double> counts) => _kernel.Add(timeOfArrivalNs, counts);

    /// <summary>The bin of one event, or -1 when it falls outside the edges.</summary>
    public int BinOf(int timeOfArrivalNs) => _kernel.Binner.BinOf(timeOfArrivalNs);
}
