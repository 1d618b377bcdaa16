using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LiveData.Workflows.Histogramming;

/// <summary>
/// A 1-D time-of-arrival histogram (a monitor). Bins are computed a block at a time by the
/// <see cref="TimeOfArrivalBinner"/>, then counted into integer copies of the histogram in turn (with few
/// bins), so that nearby events in the same bin do not wait on (or mis-speculate past) each other's
/// increment; events outside the edges go to a spare slot instead of a branch. The copies are folded into
/// the caller's counts at the end of a call. Not thread-safe: one kernel per histogram.
/// </summary>
public sealed class TimeOfArrivalHistogramKernel
{
    private const int BlockSize = 4096;
    private const int Lanes = 8;

    // With many bins nearby events rarely share one, and eight copies would only push the counts out of L1.
    private const int MaxBinsForCopies = 512;
    private readonly TimeOfArrivalBinner _binner;
    private readonly int _stride;
    private readonly int _copies;
    private readonly uint[] _partial;

    public TimeOfArrivalHistogramKernel(TimeOfArrivalBinner binner)
    {
        _binner = binner;
        _stride = binner.BinCount + 1;
        _copies = binner.BinCount <= MaxBinsForCopies ? Lanes : 1;
        _partial = new uint[_copies * _stride];
    }

    public TimeOfArrivalBinner Binner => _binner;

    /// <summary>Adds each event to <paramref name="counts"/>; returns how many fell inside the edges.</summary>
    public long Add(ReadOnlySpan<int> timeOfArrivalNs, Span<double> counts)
    {
        var binCount = _binner.BinCount;
        if (counts.Length != binCount)
        {
            throw new ArgumentException($"{counts.Length} counts for {binCount} bins", nameof(counts));
        }
        // Folding costs one pass over the copies; a handful of events is cheaper to count one by one.
        return timeOfArrivalNs.Length < binCount ? AddEachEvent(timeOfArrivalNs, counts) : AddInBlocks(timeOfArrivalNs, counts);
    }

    private long AddEachEvent(ReadOnlySpan<int> timeOfArrivalNs, Span<double> counts)
    {
        long inside = 0;
        foreach (var t in timeOfArrivalNs)
        {
            var bin = _binner.BinOf(t);
            if (bin >= 0)
            {
                counts[bin] += 1.0;
                inside++;
            }
        }
        return inside;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long AddInBlocks(ReadOnlySpan<int> timeOfArrivalNs, Span<double> counts)
    {
        Span<int> bins = stackalloc int[BlockSize];
        var outside = _binner.BinCount;
        ref var partial = ref MemoryMarshal.GetArrayDataReference(_partial);
        // Lane k of each group of eight counts into copy k, or all into the one copy.
        var step = _copies == Lanes ? _stride : 0;
        for (var start = 0; start < timeOfArrivalNs.Length; start += BlockSize)
        {
            var block = timeOfArrivalNs.Slice(start, Math.Min(BlockSize, timeOfArrivalNs.Length - start));
            var blockBins = bins[..block.Length];
            _binner.BinsOf(block, blockBins, outside);
            var i = 0;
            for (; i + Lanes <= blockBins.Length; i += Lanes)
            {
                Unsafe.Add(ref partial, blockBins[i])++;
                Unsafe.Add(ref partial, step + blockBins[i + 1])++;
                Unsafe.Add(ref partial, 2 * step + blockBins[i + 2])++;
                Unsafe.Add(ref partial, 3 * step + blockBins[i + 3])++;
                Unsafe.Add(ref partial, 4 * step + blockBins[i + 4])++;
                Unsafe.Add(ref partial, 5 * step + blockBins[i + 5])++;
                Unsafe.Add(ref partial, 6 * step + blockBins[i + 6])++;
                Unsafe.Add(ref partial, 7 * step + blockBins[i + 7])++;
            }
            for (; i < blockBins.Length; i++)
            {
                Unsafe.Add(ref partial, blockBins[i])++;
            }
        }
        long dropped = 0;
        for (var copy = 0; copy < _copies; copy++)
        {
            var counted = _partial.AsSpan(copy * _stride, _stride);
            for (var bin = 0; bin < outside; bin++)
            {
                counts[bin] += counted[bin];
            }
            dropped += counted[outside];
        }
        Array.Clear(_partial);
        return timeOfArrivalNs.Length - dropped;
    }
}
