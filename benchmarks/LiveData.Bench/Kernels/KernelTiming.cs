using System.Diagnostics;

namespace LiveData.Bench.Kernels;

/// <summary>
/// Times a case over all its messages, best of several passes after warming up until the JIT has settled: a
/// running service executes its kernels' fully optimised (tier-1) code, while a short pass can still be running the
/// on-stack-replacement code the JIT makes first for a hot loop.
/// </summary>
internal static class KernelTiming
{
    private static readonly TimeSpan MinimumWarmUp = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaximumWarmUp = TimeSpan.FromSeconds(10);

    /// <returns>The best rate in events/s and how many events the last pass counted.</returns>
    public static (double Rate, long Counted) Measure(KernelCase kernel, GeneratedEvents events, int repeats, CancellationToken cancellationToken)
    {
        WarmUp(kernel, events, cancellationToken);
        var best = double.MaxValue;
        long counted = 0;
        for (var pass = 0; pass < repeats; pass++)
        {
            var (seconds, passCounted) = Pass(kernel, events, cancellationToken);
            (best, counted) = (Math.Min(best, seconds), passCounted);
        }
        return (events.Count / best, counted);
    }

    // Passes until at least a second has gone and a whole pass compiled no method (tiering has caught up), or ten seconds.
    private static void WarmUp(KernelCase kernel, GeneratedEvents events, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var compiledBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
            Pass(kernel, events, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            var settled = System.Runtime.JitInfo.GetCompiledMethodCount() == compiledBefore;
            if ((settled && elapsed >= MinimumWarmUp) || elapsed >= MaximumWarmUp)
            {
                return;
            }
        }
    }

    private static (double Seconds, long Counted) Pass(KernelCase kernel, GeneratedEvents events, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        kernel.Clear();
        long counted = 0;
        var started = Stopwatch.GetTimestamp();
        foreach (var message in events.Messages)
        {
            counted += kernel.Add(message);
        }
        counted = kernel.EndPass(counted);
        return (Stopwatch.GetElapsedTime(started).TotalSeconds, counted);
    }
}
