using System.Runtime.CompilerServices;

namespace LiveData.Workflows.Histogramming;

/// <summary>
/// A 1-D time-of-arrival histogram (a monitor). Bins are computed a block at a time by the
/// <see cref="TimeOfArrivalBinner"/>, then counted into several integer copies of the histogram in turn, so
/// that consecutive events in the same bin do not wait on each other's increment; events outside the edges
/// go to a spare slot instead of a branch. The copies are folded into the caller's counts at the end of a call.
/// Not thread-safe: one kernel per histogram.
/// </summary>
public sealed class TimeOfArrivalHistogramKernel
{
    private const int BlockSize = 4096;
    private const int Copies = 4;
    private readonly TimeOfArrivalBinner _binner;
    private readonly int _stride;
    private readonly uint[] _partial;

    public TimeOfArrivalHistogramKernel(TimeOfArrivalBinner binner)
    {
        _binner = binner;
        _stride = binner.BinCount + 1;
        _partial = new uint[Copies * _stride];
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
        var partial = _partial.AsSpan();
        var copy0 = partial[.._stride];
        var copy1 = partial.Slice(_stride, _stride);
        var copy2 = partial.Slice(2 * _stride, _stride);
        var copy3 = partial.Slice(3 * _stride, _stride);
        for (var start = 0; start < timeOfArrivalNs.Length; start += BlockSize)
        {
            var block = timeOfArrivalNs.Slice(start, Math.Min(BlockSize, timeOfArrivalNs.Length - start));
            var blockBins = bins[..block.Length];
            _binner.BinsOf(block, blockBins, outside);
            var i = 0;
            for (; i + Copies <= blockBins.Length; i += Copies)
            {
                copy0[blockBins[i]]++;
                copy1[blockBins[i + 1]]++;
                copy2[blockBins[i + 2]]++;
                copy3[blockBins[i + 3]]++;
            }
            for (; i < blockBins.Length; i++)
            {
                copy0[blockBins[i]]++;
            }
        }
        long dropped = 0;
        for (var copy = 0; copy < Copies; copy++)
        {
            var counted = partial.Slice(copy * _stride, _stride);
            for (var bin = 0; bin < outside; bin++)
            {
                counts[bin] += counted[bin];
            }
            dropped += counted[outside];
        }
        partial.Clear();
        return timeOfArrivalNs.Length - dropped;
    }
}
