using LiveData.Core.Data;
using LiveData.Wire.Ev44;
using LiveData.Workflows.Histogramming;
using LiveData.Workflows.MonitorHistogram;

namespace LiveData.Workflows.DetectorView;

/// <summary>
/// Projects a detector's events onto a screen (a logical view or a geometric projection) and histograms them by
/// time-of-arrival or wavelength (<see cref="IPixelEventBinning"/>): images (cumulative and per update), totals, and —
/// for 2-D screens with ROI support — spectra per ROI (<see cref="RoiSpectra"/>, which keeps each screen pixel's
/// history at one byte per bin).
/// Views without ROIs keep images only.
/// </summary>
public sealed class DetectorViewWorkflow : IWorkflow, IDisposable
{
    private const int BlockSize = 4096;
    private readonly PixelScreenMap _screen;
    private int[] _screenOf;
    private int _nextReplica;
    private readonly IPixelEventBinning _binning;
    private readonly ViewCounts _window;
    private readonly ViewCounts _cumulative;
    private readonly RoiSpectra? _rois;
    private readonly SpectrumAccumulator? _spectrum;
    private readonly double[]? _pixelsPerCell;

    /// <summary>A time-of-arrival view.</summary>
    /// <param name="pixelWeighting">Whether images are divided by the number of pixels on each cell (cells without pixels become NaN, as 0 / 0).</param>
    public DetectorViewWorkflow(PixelScreenMap screen, MonitorHistogramParams parameters, bool withRois, Func<int, Variable, SpectrumAccumulator>? spectrum = null,
        bool pixelWeighting = false)
        : this(screen, new TimeOfArrivalPixelBinning(parameters.Edges, parameters.Range), withRois, spectrum, pixelWeighting)
    {
    }

    /// <param name="pixelWeighting">Whether images are divided by the number of pixels on each cell (cells without pixels become NaN, as 0 / 0).</param>
    public DetectorViewWorkflow(PixelScreenMap screen, IPixelEventBinning binning, bool withRois, Func<int, Variable, SpectrumAccumulator>? spectrum = null,
        bool pixelWeighting = false)
    {
        _screen = screen;
        _screenOf = screen.Replicas[0];
        _binning = binning;
        _window = new ViewCounts(screen.ScreenSize);
        _cumulative = new ViewCounts(screen.ScreenSize);
        _rois = withRois ? new RoiSpectra(screen.Layout, binning.BinCount, binning.Edges) : null;
        _spectrum = spectrum?.Invoke(binning.BinCount, binning.Edges);
        _pixelsPerCell = pixelWeighting ? screen.PixelsPerCell() : null;
    }

    public void Accumulate(StreamData data)
    {
        switch (data)
        {
            case EventStreamData events:
                // Each batch takes the next replica of a noisy projection, smoothing the image over batches.
                _screenOf = _screen.Replicas[_nextReplica];
                _nextReplica = (_nextReplica + 1) % _screen.Replicas.Count;
                foreach (var payload in events.Ev44Payloads)
                {
                    var message = Ev44View.Read(payload.Span);
                    Add(message.PixelId, message.TimeOfFlight);
                }
                break;
            case RoiStreamData rois when _rois is not null:
                _rois.Replace(rois);
                break;
        }
    }

    public IReadOnlyDictionary<string, DataArray> Finalize()
    {
        _cumulative.Add(_window);
        var outputs = new Dictionary<string, DataArray>
        {
            [TimeOfArrivalOutputs.Cumulative] = Image("Detector image", _cumulative.Image),
            [TimeOfArrivalOutputs.Current] = Image("Detector image update", _window.Image),
            [TimeOfArrivalOutputs.CountsTotal] = Total("Total", _window.Total),
            [TimeOfArrivalOutputs.CountsInToaRange] = Total("Total in range", _window.InRange),
            [TimeOfArrivalOutputs.CountsTotalCumulative] = Total("Total", _cumulative.Total),
            [TimeOfArrivalOutputs.CountsInToaRangeCumulative] = Total("Total in range", _cumulative.InRange),
        };
        _rois?.FinalizeInto(outputs);
        if (_spectrum is not null)
        {
            outputs[SpectrumView.Output] = _spectrum.Output();
        }
        _window.Clear();
        return outputs;
    }

    public void Reset()
    {
        _window.Clear();
        _cumulative.Clear();
        _rois?.Reset();
        _spectrum?.Clear();
    }

    // The hot path: bins a block at a time, then one table lookup per event; no allocation.
    private void Add(ReadOnlySpan<int> pixelIds, ReadOnlySpan<int> timeOfArrival)
    {
        var count = Math.Min(pixelIds.Length, timeOfArrival.Length);
        Span<int> bins = stackalloc int[BlockSize];
        Span<bool> inRange = stackalloc bool[BlockSize];
        Span<int> screens = stackalloc int[BlockSize];
        Span<int> cells = _rois is null ? [] : stackalloc int[BlockSize];
        for (var start = 0; start < count; start += BlockSize)
        {
            var size = Math.Min(BlockSize, count - start);
            var blockIds = pixelIds.Slice(start, size);
            _binning.Bin(blockIds, timeOfArrival.Slice(start, size), bins, inRange);
            var (total, counted) = CountOnScreen(blockIds, bins[..size], inRange[..size], _screenOf, _screen.FirstDetectorNumber, _window.Image, screens[..size]);
            _window.Total += total;
            _window.InRange += counted;
            if (_rois is not null || _spectrum is not null)
            {
                AddSpectra(blockIds, bins[..size], screens[..size], cells);
            }
        }
    }

    /// <summary>
    /// Counts each event kept (on the bank, on screen, binned) on its screen pixel when it also passes the range, and
    /// writes every event's screen pixel (−1 when dropped) for <see cref="AddSpectra"/>. Static with few live values:
    /// with the ROI and spectrum state in the same loop the JIT kept its counters on the stack, a store-to-load chain
    /// through memory per event.
    /// </summary>
    private static (long Total, long InRange) CountOnScreen(ReadOnlySpan<int> pixelIds, ReadOnlySpan<int> bins, ReadOnlySpan<bool> passesRange,
        ReadOnlySpan<int> screenOf, int firstDetectorNumber, Span<double> image, Span<int> screens)
    {
        long total = 0, inRange = 0;
        for (var i = 0; i < pixelIds.Length; i++)
        {
            // Ids below the first detector number wrap to large unsigned values, so one comparison bounds both ends.
            var pixel = (uint)(pixelIds[i] - firstDetectorNumber);
            var screen = pixel < (uint)screenOf.Length && bins[i] >= 0 ? screenOf[(int)pixel] : -1;
            screens[i] = screen;
            if (screen < 0)
            {
                continue;
            }
            total++;
            if (passesRange[i])
            {
                inRange++;
                image[screen]++;
            }
        }
        return (total, inRange);
    }

    // The ROI history takes the block's cells at once, in a tight loop of its own.
    private void AddSpectra(ReadOnlySpan<int> pixelIds, ReadOnlySpan<int> bins, ReadOnlySpan<int> screens, Span<int> cells)
    {
        var (rois, spectrum, first) = (_rois, _spectrum, _screen.FirstDetectorNumber);
        var roiBins = rois?.Bins ?? 0;
        var listed = 0;
        for (var i = 0; i < screens.Length; i++)
        {
            var screen = screens[i];
            if (screen < 0)
            {
                continue;
            }
            if (rois is not null)
            {
                cells[listed++] = screen * roiBins + bins[i];
            }
            spectrum?.Add(pixelIds[i] - first, bins[i]);
        }
        rois?.Add(cells[..listed]);
    }

    // Like upstream's detector views (which histogram the events' values only), no output carries variances.
    private DataArray Image(string title, double[] counts)
    {
        var values = (double[])counts.Clone();
        if (_pixelsPerCell is not null)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] /= _pixelsPerCell[i];
            }
        }
        return new(title, Variable.Doubles(_screen.Layout.ScreenDims, _screen.Layout.ScreenShape, "counts", values), _screen.Layout.ScreenCoords);
    }

    private static DataArray Total(string title, double total) => new(title, Variable.Scalar(total, "counts"), []);

    private sealed class ViewCounts(int screenSize)
    {
        public double[] Image { get; } = new double[screenSize];
        public double Total { get; set; }
        public double InRange { get; set; }

        public void Add(ViewCounts other)
        {
            AddInto(Image, other.Image);
            Total += other.Total;
            InRange += other.InRange;
        }

        private static void AddInto(double[] sum, double[] addend)
        {
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += addend[i];
            }
        }

        public void Clear()
        {
            Array.Clear(Image);
            Total = InRange = 0;
        }
    }

    /// <summary>Frees the ROI history (native memory of up to hundreds of MB) when the job ends.</summary>
    public void Dispose() => _rois?.Dispose();
}
