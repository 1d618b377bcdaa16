using System.Runtime.CompilerServices;

namespace LiveData.Workflows.DetectorView;

/// <summary>
/// The cells (pixel × bins + bin) the events of the current window fell into, kept so that the window's ROI
/// spectra are made at finalize for the ROIs applied then, whenever in the window they arrived. While the window
/// is small it is a list of cells, four bytes per event; a window that would outgrow a quarter of the cells (as
/// many bytes as dense counts) turns into <see cref="PixelSpectra"/> until it ends, so one large window (a backlog
/// after a restart) does not keep a second history's worth of memory for the rest of the job.
/// </summary>
internal sealed class WindowCells : IDisposable
{
    private const int InitialLength = 1 << 12;
    private readonly int _pixels;
    private readonly int _bins;
    private readonly int _maxListed;
    private int[] _listed;
    private int _count;
    private PixelSpectra? _dense;

    public WindowCells(int pixels, int bins)
    {
        (_pixels, _bins) = (pixels, bins);
        _maxListed = (int)Math.Max(1, (long)pixels * bins / 4);
        _listed = new int[Math.Min(InitialLength, _maxListed)];
    }

    /// <summary>Whether the window is kept as dense counts (it outgrew the list).</summary>
    public bool IsDense => _dense is not null;

    /// <summary>Adds one event in each cell listed.</summary>
    public void Add(ReadOnlySpan<int> cells)
    {
        while (_dense is null && _count + cells.Length > _listed.Length)
        {
            Grow();
        }
        if (_dense is not null)
        {
            _dense.Add(cells);
            return;
        }
        cells.CopyTo(_listed.AsSpan(_count));
        _count += cells.Length;
    }

    /// <summary>Adds the window's counts of each ROI into its row of <paramref name="spectra"/>, dims (roi, bins).</summary>
    public void AddTo(RoiSet rois, Span<double> spectra)
    {
        if (_dense is not null)
        {
            _dense.AddTo(rois, spectra);
            return;
        }
        foreach (var cell in _listed.AsSpan(0, _count))
        {
            var (pixel, bin) = Math.DivRem(cell, _bins);
            foreach (var r in rois.RowsOf(pixel))
            {
                spectra[r * _bins + bin] += 1.0;
            }
        }
    }

    public void Clear()
    {
        _count = 0;
        if (_dense is not null)
        {
            _dense.Dispose();
            (_dense, _listed) = (null, new int[Math.Min(InitialLength, _maxListed)]);
        }
    }

    /// <summary>Frees the dense counts a large window turned into.</summary>
    public void Dispose()
    {
        _dense?.Dispose();
        _dense = null;
    }

    // Doubles the list up to its limit; past it, moves the listed cells into dense counts and drops the list.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        if (_listed.Length < _maxListed)
        {
            Array.Resize(ref _listed, (int)Math.Min(2L * _listed.Length, _maxListed));
            return;
        }
        _dense = new PixelSpectra(_pixels, _bins);
        _dense.Add(_listed.AsSpan(0, _count));
        (_listed, _count) = ([], 0);
    }
}
