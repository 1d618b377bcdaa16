using System.Diagnostics;

namespace LiveData.Bench.Kernels;

/// <summary>Times a case over all its messages, best of several passes after a warm-up pass.</summary>
internal static class KernelTiming
{
    /// <returns>The best rate in events/s and how many events the last pass counted.</returns>
    public static (double Rate, long Counted) Measure(KernelCase kernel, GeneratedEvents events, int repeats, CancellationToken cancellationToken)
    {
        var best = double.MaxValue;
        long counted = 0;
        for (var pass = 0; pass <= repeats; pass++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            kernel.Clear();
            counted = 0;
            var started = Stopwatch.GetTimestamp();
            foreach (var message in events.Messages)
            {
                counted += kernel.Add(message);
            }
            counted = kernel.EndPass(counted);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            // Pass 0 warms up: the JIT's optimised code and the counts' pages.
            if (pass > 0)
            {
                best = Math.Min(best, seconds);
            }
        }
        return (events.Count / best, counted);
    }
}
