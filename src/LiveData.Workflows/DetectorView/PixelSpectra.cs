using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LiveData.Workflows.DetectorView;

/// <summary>
/// Exact event counts per (screen pixel, time-of-arrival bin) at one byte per cell, pixel-major:
/// cell = pixel × bins + bin. A cell that passes 255 wraps to 0 and carries 256 into a side table, so no count
/// is ever lost while the dense part takes an eighth of the memory of doubles. A carry costs one table update
/// per 256 events of a cell.
/// </summary>
internal sealed class PixelSpectra
{
    private const int CarryUnit = 256;
    private readonly byte[] _counts;
    private readonly Dictionary<int, long> _carried = [];

    public PixelSpectra(int pixels, int bins)
    {
        Bins = bins;
        _counts = new byte[checked(pixels * bins)];
    }

    public int Bins { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int cell)
    {
        if (++_counts[cell] == 0)
        {
            Carry(cell);
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
                var counts = _counts.AsSpan(pixel * Bins, Bins);
                for (var b = 0; b < counts.Length; b++)
                {
                    row[b] += counts[b];
                }
            }
        }
        foreach (var (cell, carried) in _carried)
        {
            var (pixel, bin) = Math.DivRem(cell, Bins);
            foreach (var r in rois.RowsOf(pixel))
            {
                spectra[r * Bins + bin] += carried;
            }
        }
    }

    public void Clear()
    {
        Array.Clear(_counts);
        _carried.Clear();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Carry(int cell) => CollectionsMarshal.GetValueRefOrAddDefault(_carried, cell, out _) += CarryUnit;
}
