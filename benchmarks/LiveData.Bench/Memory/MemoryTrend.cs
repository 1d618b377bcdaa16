namespace LiveData.Bench.Memory;

/// <summary>
/// Whether memory stays flat: the least-squares slope of RSS over the second half of a run (the first half
/// holds start-up, JIT and buffers filling), in MB per minute.
/// </summary>
public static class MemoryTrend
{
    public const double BytesPerMegabyte = 1024 * 1024;

    /// <summary>A shorter second half shows garbage-collector sawtooth, not a trend.</summary>
    public static readonly TimeSpan MinimumSpan = TimeSpan.FromSeconds(30);

    /// <returns>The slope, or null when the second half spans less than <see cref="MinimumSpan"/>.</returns>
    public static double? SecondHalfSlopeMegabytesPerMinute(IReadOnlyList<(TimeSpan Elapsed, long RssBytes)> readings)
    {
        if (readings.Count == 0)
        {
            return null;
        }
        var half = readings.Max(r => r.Elapsed) / 2;
        var late = readings.Where(r => r.Elapsed >= half).Select(r => (X: r.Elapsed.TotalMinutes, Y: r.RssBytes / BytesPerMegabyte)).ToList();
        if (TimeSpan.FromMinutes(late.Max(p => p.X) - late.Min(p => p.X)) < MinimumSpan)
        {
            return null;
        }
        var (meanX, meanY) = (late.Average(p => p.X), late.Average(p => p.Y));
        return late.Sum(p => (p.X - meanX) * (p.Y - meanY)) / late.Sum(p => (p.X - meanX) * (p.X - meanX));
    }
}
