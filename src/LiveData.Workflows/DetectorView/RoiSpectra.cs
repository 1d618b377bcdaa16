using LiveData.Core.Data;

namespace LiveData.Workflows.DetectorView;

/// <summary>
/// The ROI outputs of a detector view with upstream's semantics: at each finalize, the spectrum of every ROI
/// applied then is the sum over its screen pixels of all events since the job started (or was reset) —
/// <c>roi_spectra_cumulative</c> — and of the events since the last finalize — <c>roi_spectra_current</c>. So an
/// ROI drawn or moved mid-run shows its whole history at once, and changing ROIs resets nothing. That needs
/// the spectral history of every screen pixel: it is kept as exact counts at one byte per cell
/// (<see cref="PixelSpectra"/>), the window as the list of its events' cells (<see cref="WindowCells"/>).
/// </summary>
internal sealed class RoiSpectra : IDisposable
{
    private readonly int _bins;
    private readonly Variable _edges;
    private readonly RoiSet _rois;
    private readonly PixelSpectra _history;
    private readonly WindowCells _window;

    // The cumulative spectra of the applied ROIs, kept up to date by adding each window; made anew from the
    // history when the ROIs change.
    private double[] _cumulative = [];
    private bool _roisChanged = true;

    public RoiSpectra(IScreenLayout screen, int bins, Variable edges)
    {
        var (height, width) = ((int)screen.ScreenShape[^2], (int)screen.ScreenShape[^1]);
        var pixels = height * width;
        if ((long)pixels * bins > Array.MaxLength)
        {
            throw new InvalidWorkflowParamsException(
                $"{(edges.Dims[0] == "wavelength" ? "wavelength_edges" : "toa_edges")}.num_bins: ROI spectra keep {bins} bins for each of the {pixels} screen pixels, more than a job can hold; at most {Array.MaxLength / pixels} bins");
        }
        (_bins, _edges) = (bins, edges);
        _rois = new RoiSet(height, width, CoordOf(screen, screen.ScreenDims[^2]), CoordOf(screen, screen.ScreenDims[^1]));
        _history = new PixelSpectra(pixels, bins);
        _window = new WindowCells(pixels, bins);
    }

    public int Bins => _bins;

    /// <summary>Counts one event in each cell (screen pixel × <see cref="Bins"/> + bin) listed.</summary>
    public void Add(ReadOnlySpan<int> cells)
    {
        _history.Add(cells);
        _window.Add(cells);
    }

    public void Replace(RoiStreamData rois)
    {
        _rois.Replace(rois);
        _roisChanged = true;
    }

    /// <summary>Adds the four ROI outputs; the window starts over afterwards.</summary>
    public void FinalizeInto(Dictionary<string, DataArray> outputs)
    {
        var current = new double[_rois.Members.Count * _bins];
        // With no ROI drawn there is nothing to sum; the history still keeps every event for ROIs drawn later.
        if (_rois.Members.Count > 0)
        {
            _window.AddTo(_rois, current);
        }
        if (_roisChanged)
        {
            _cumulative = new double[current.Length];
            _history.AddTo(_rois, _cumulative);
            _roisChanged = false;
        }
        else
        {
            for (var i = 0; i < current.Length; i++)
            {
                _cumulative[i] += current[i];
            }
        }
        outputs[DetectorViewSpec.RoiSpectraCumulative] = Spectra("ROI spectra", (double[])_cumulative.Clone());
        outputs[DetectorViewSpec.RoiSpectraCurrent] = Spectra("ROI spectra update", current);
        outputs[DetectorViewSpec.RoiRectangle] = _rois.RectangleReadback();
        outputs[DetectorViewSpec.RoiPolygon] = _rois.PolygonReadback();
        _window.Clear();
    }

    /// <summary>Forgets every event; the ROIs stay applied.</summary>
    public void Reset()
    {
        _history.Clear();
        _window.Clear();
        Array.Clear(_cumulative);
    }

    private static Variable? CoordOf(IScreenLayout screen, string dim) => screen.ScreenCoords.FirstOrDefault(c => c.Key == dim).Value;

    private DataArray Spectra(string title, double[] values) =>
        new(title, Variable.Doubles(["roi", _edges.Dims[0]], [_rois.Members.Count, _bins], "counts", values),
            [new("roi", _rois.RoiCoord()), new(_edges.Dims[0], _edges)]);

    /// <summary>Frees the history's native counts now instead of at finalization.</summary>
    public void Dispose()
    {
        _history.Dispose();
        _window.Dispose();
    }
}
