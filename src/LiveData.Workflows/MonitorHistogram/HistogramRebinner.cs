namespace LiveData.Workflows.MonitorHistogram;

/// <summary>
/// Moves pre-binned counts onto other bin edges, splitting each source bin in proportion to its overlap
/// with each target bin (counts assumed uniform within a bin). Counts outside the target edges are dropped.
/// </summary>
public static class HistogramRebinner
{
    /// <summary>Adds the rebinned counts to <paramref name="target"/>; returns how much landed inside the target edges.</summary>
    public static double AddRebinned(ReadOnlySpan<double> sourceEdges, ReadOnlySpan<double> sourceCounts, ReadOnlySpan<double> targetEdges, Span<double> target)
    {
        double added = 0;
        int i = 0, j = 0;
        while (i < sourceCounts.Length && j < target.Length)
        {
            var (low, high) = (Math.Max(sourceEdges[i], targetEdges[j]), Math.Min(sourceEdges[i + 1], targetEdges[j + 1]));
            var width = sourceEdges[i + 1] - sourceEdges[i];
            if (high > low && width > 0)
            {
                var share = sourceCounts[i] * (high - low) / width;
                target[j] += share;
                added += share;
            }
            if (sourceEdges[i + 1] <= targetEdges[j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return added;
    }
}
