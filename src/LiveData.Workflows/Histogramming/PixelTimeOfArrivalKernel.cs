using System.Numerics;
using System.Runtime.CompilerServices;

namespace LiveData.Workflows.Histogramming;

/// <summary>
/// Counts events per (pixel, time-of-arrival bin) into a dense pixel-major array: the counts of pixel p are
/// <c>counts[p * BinCount .. (p + 1) * BinCount]</c>. With one bin it is a detector image gated on a
/// time-of-arrival window. Pixel ids outside <c>[firstPixelId, firstPixelId + pixelCount)</c> and events
/// outside the edges are dropped. Several threads split the pixels, not the events: each scans every event
/// but only writes its own pixel range, so the counts need no locks and no merging, and each core's share
/// of the counts is half the working set.
/// </summary>
public sealed class PixelTimeOfArrivalKernel(int firstPixelId, int pixelCount, TimeOfArrivalBinner binner)
{
    private const int BlockSize = 4096;

    // Counts up to this size stay in the last-level cache (32 MiB here) next to the event stream.
    private const long CacheResidentBytes = 16L << 20;
    private const int PrefetchDistance = 8;

    // Counts this large no longer sit in L2; below it prefetching only costs instructions.
    private const long PrefetchAbove = 1L << 40;

    public int FirstPixelId { get; } = firstPixelId;

    public int PixelCount { get; } = pixelCount;

    public TimeOfArrivalBinner Binner { get; } = binner;

    /// <summary>The length the counts must have.</summary>
    public long CountsLength => (long)PixelCount * Binner.BinCount;

    /// <summary>Adds each event on this thread; returns how many were counted.</summary>
    public long Add<T>(ReadOnlySpan<int> pixelIds, ReadOnlySpan<int> timeOfArrivalNs, Span<T> counts)
        where T : unmanaged, INumber<T>
    {
        Check(pixelIds, timeOfArrivalNs, counts.Length);
        unsafe
        {
            fixed (int* ids = pixelIds)
            fixed (int* toa = timeOfArrivalNs)
            fixed (T* target = counts)
            {
                return AddPixelRange(ids, toa, pixelIds.Length, target, 0, PixelCount);
            }
        }
    }

    /// <summary>Adds each event, splitting the pixels into <paramref name="threads"/> ranges counted in parallel.</summary>
    public long Add<T>(ReadOnlySpan<int> pixelIds, ReadOnlySpan<int> timeOfArrivalNs, Span<T> counts, int threads)
        where T : unmanaged, INumber<T>
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        if (threads == 1)
        {
            return Add(pixelIds, timeOfArrivalNs, counts);
        }
        Check(pixelIds, timeOfArrivalNs, counts.Length);
        var counted = new long[threads];
        unsafe
        {
            fixed (int* ids = pixelIds)
            fixed (int* toa = timeOfArrivalNs)
            fixed (T* target = counts)
            {
                var (idsAt, toaAt, targetAt, events) = ((nint)ids, (nint)toa, (nint)target, pixelIds.Length);
                Parallel.For(0, threads, part =>
                {
                    var first = (int)((long)PixelCount * part / threads);
                    var end = (int)((long)PixelCount * (part + 1) / threads);
                    counted[part] = AddPixelRange((int*)idsAt, (int*)toaAt, events, (T*)targetAt, first, end);
                });
            }
        }
        return counted.Sum();
    }

    private void Check(ReadOnlySpan<int> pixelIds, ReadOnlySpan<int> timeOfArrivalNs, int countsLength)
    {
        if (pixelIds.Length != timeOfArrivalNs.Length)
        {
            throw new ArgumentException($"{pixelIds.Length} pixel ids but {timeOfArrivalNs.Length} times of arrival", nameof(timeOfArrivalNs));
        }
        if (countsLength != CountsLength)
        {
            throw new ArgumentException($"{countsLength} counts for {PixelCount} pixels x {Binner.BinCount} bins", "counts");
        }
    }

    // The counting loop is one load and one increment per event, so the out-of-order core keeps many cache
    // misses in flight by itself (software prefetching measured slower here). A thread that owns every pixel
    // keeps almost every event: while the counts stay in cache a branch is cheaper than packing the kept
    // events first, but on counts in main memory each mispredict also discards the misses in flight.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private unsafe long AddPixelRange<T>(int* pixelIds, int* timeOfArrivalNs, int events, T* counts, int firstPixel, int endPixel)
        where T : unmanaged, INumber<T>
    {
        var indices = stackalloc int[BlockSize];
        var rangeCounts = counts + (long)firstPixel * Binner.BinCount;
        long counted = 0;
        var branchOnKept = firstPixel == 0 && endPixel == PixelCount && CountsLength * sizeof(T) <= CacheResidentBytes;
        for (var start = 0; start < events; start += BlockSize)
        {
            var blockSize = Math.Min(BlockSize, events - start);
            var block = new Span<int>(indices, blockSize);
            Binner.BinsOf(new ReadOnlySpan<int>(timeOfArrivalNs + start, blockSize), block, -1);
            var ids = new ReadOnlySpan<int>(pixelIds + start, blockSize);
            if (branchOnKept)
            {
                PixelBinSelection.FlatIndices(ids, block, FirstPixelId, PixelCount, Binner.BinCount);
                for (var i = 0; i < blockSize; i++)
                {
                    var index = indices[i];
                    if (index >= 0)
                    {
                        rangeCounts[index] += T.One;
                        counted++;
                    }
                }
                continue;
            }
            var selected = PixelBinSelection.Select(ids, block, FirstPixelId + firstPixel, endPixel - firstPixel, Binner.BinCount);
            for (var i = 0; i < selected; i++)
            {
                rangeCounts[indices[i]] += T.One;
            }
            counted += selected;
        }
        return counted;
    }
}
