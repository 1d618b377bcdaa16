namespace LiveData.Bench.Cluster;

/// <summary>Percentiles of a sample, interpolating linearly between the two nearest ranks (numpy's default).</summary>
public static class Percentile
{
    /// <param name="percent">0..100, e.g. 99 for p99.</param>
    public static double Of(IEnumerable<double> values, double percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("A percentile needs at least one value", nameof(values));
        }
        var rank = percent / 100 * (sorted.Length - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((rank - below) * (sorted[above] - sorted[below]));
    }

    public static double Median(IEnumerable<double> values) => Of(values, 50);
}
