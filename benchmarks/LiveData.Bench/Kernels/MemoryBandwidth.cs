using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace LiveData.Bench.Kernels;

/// <summary>
/// Streaming read bandwidth, measured in-process: threads sum disjoint parts of a buffer well beyond the
/// last-level cache, best of several passes.
/// </summary>
internal static class MemoryBandwidth
{
    /// <returns>Bytes per second.</returns>
    public static double MeasureRead(int threads, int megabytes, int passes)
    {
        var buffer = new long[megabytes * (1L << 20) / sizeof(long)];
        Array.Fill(buffer, 1L); // Touch every page so the passes time memory, not page faults.
        var best = double.MaxValue;
        var sums = new long[threads];
        for (var pass = 0; pass < passes; pass++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            Parallel.For(0, threads, part =>
            {
                var begin = buffer.LongLength * part / threads;
                var end = buffer.LongLength * (part + 1) / threads;
                sums[part] = Sum(buffer.AsSpan((int)begin, (int)(end - begin)));
            });
            best = Math.Min(best, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
        if (sums.Sum() != buffer.LongLength)
        {
            throw new InvalidOperationException("bandwidth probe summed the wrong total");
        }
        return buffer.LongLength * sizeof(long) / best;
    }

    private static long Sum(ReadOnlySpan<long> values)
    {
        var vectors = MemoryMarshal.Cast<long, Vector256<long>>(values);
        Vector256<long> a = default, b = default;
        var i = 0;
        for (; i + 1 < vectors.Length; i += 2)
        {
            a += vectors[i];
            b += vectors[i + 1];
        }
        var sum = Vector256.Sum(a + b);
        for (var j = i * Vector256<long>.Count; j < values.Length; j++)
        {
            sum += values[j];
        }
        return sum;
    }
}
