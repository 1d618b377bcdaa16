using System.Runtime.CompilerServices;
using LiveData.Workflows.Histogramming;

namespace LiveData.Workflows.DetectorView;

/// <summary>
/// Exact event counts per (screen pixel, time-of-arrival bin) at one byte per cell, pixel-major:
/// cell = pixel × bins + bin. A cell that passes 255 wraps to 0 and counts one carry of 256 in a page of carry
/// counters, allocated for a block of cells the first time one of them carries: no count is ever lost, the dense
/// part takes an eighth of the memory of doubles, and even a run long enough for every cell to carry stays
/// bounded at five bytes per cell, with nothing ever rehashed or moved on the event path. The bytes lie on huge
/// pages: a large screen's history spans hundreds of MB, scattered over by every event.
/// </summary>
internal sealed class PixelSpectra : IDisposable
{
    private const int CarryUnit = 256;
    private const int PageBits = 12;
    private const int PageSize = 1 << PageBits;
    private readonly HugePageCounts<byte> _counts;
    private readonly uint[]?[] _carryPages;

    public PixelSpectra(int pixels, int bins)
    {
        Bins = bins;
        _counts = new HugePageCounts<byte>(checked(pixels * bins));
        _carryPages = new uint[]?[(_counts.Length + PageSize - 1) >> PageBits];
    }

    public int Bins { get; }

    /// <summary>Counts one event in each cell listed (cells may repeat).</summary>
    public void Add(ReadOnlySpan<int> cells)
    {
        var counts = _counts.Span;
        foreach (var cell in cells)
        {
            if (++counts[cell] == 0)
            {
                Carry(cell);
            }
        }
    }

    /// <summary>Adds the counts of each ROI (summed over its pixels) into its row of <paramref name="spectra"/>, dims (roi, bins).</summary>
    public void AddTo(RoiSet rois, Span<double> spectra)
    {
        var members = rois.Members;
        for (var r = 0; r < members.Count; r++)
        {
            var row = spectra.Slice(r * Bins, Bins);
            foreach (var pixel in members[r].Pixels)
            {
                var counts = _counts.Span.Slice(pixel * Bins, Bins);
                for (var b = 0; b < counts.Length; b++)
                {
                    row[b] += counts[b];
                }
            }
        }
        for (var p = 0; p < _carryPages.Length; p++)
        {
            if (_carryPages[p] is not { } page)
            {
                continue;
            }
            for (var i = 0; i < page.Length; i++)
            {
                if (page[i] == 0)
                {
                    continue;
                }
                var (pixel, bin) = Math.DivRem((p << PageBits) + i, Bins);
                foreach (var r in rois.RowsOf(pixel))
                {
                    spectra[r * Bins + bin] += (double)page[i] * CarryUnit;
                }
            }
        }
    }

    public void Clear()
    {
        _counts.Span.Clear();
        Array.Clear(_carryPages);
    }

    /// <summary>Frees the counts now rather than when the finalizer gets to them.</summary>
    public void Dispose() => _counts.Dispose();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Carry(int cell) => (_carryPages[cell >> PageBits] ??= new uint[PageSize])[cell & (PageSize - 1)]++;
}
