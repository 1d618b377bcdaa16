namespace LiveData.Workflows;

/// <summary>What one batch delivered for one stream.</summary>
public abstract record StreamData(string StreamName);

/// <summary>
/// Raw ev44 payloads of one stream, already validated by the adapter. Workflows read the event
/// vectors as spans straight from these buffers, so the hot path never copies events.
/// </summary>
public sealed record EventStreamData(string StreamName, IReadOnlyList<ReadOnlyMemory<byte>> Ev44Payloads) : StreamData(StreamName);

/// <summary>Pre-binned counts of one stream (e.g. a monitor that reports histograms instead of events).</summary>
public sealed record HistogramStreamData(string StreamName, IReadOnlyList<BinnedCounts> Histograms) : StreamData(StreamName);

/// <summary>Counts per bin along time-of-arrival, with N+1 edges in ns.</summary>
public sealed record BinnedCounts(double[] EdgesNs, double[] Counts)
{
    public static BinnedCounts Create(double[] edgesNs, double[] counts) =>
        edgesNs.Length == counts.Length + 1
            ? new BinnedCounts(edgesNs, counts)
            : throw new ArgumentException($"{counts.Length} bins need {counts.Length + 1} edges, got {edgesNs.Length}");
}
