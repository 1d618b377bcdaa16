using LiveData.Core.Data;
using LiveData.Wire.Ev44;
using LiveData.Workflows.Histogramming;
using LiveData.Workflows.MonitorHistogram;

namespace LiveData.Workflows.DetectorView;

/// <summary>
/// Projects a detector's events onto a logical screen and histograms them by time-of-arrival or wavelength
/// (<see cref="IPixelEventBinning"/>): images (cumulative and per update), totals, and — for 2-D screens with ROI
/// support — spectra per ROI (<see cref="RoiSpectra"/>, which keeps each screen pixel's history at one byte per bin).
/// Views without ROIs keep images only.
/// </summary>
public sealed class DetectorViewWorkflow : IWorkflow
{
    private const int BlockSize = 4096;
    private readonly int _firstDetectorNumber;
    private readonly int[] _screenOf;
    private readonly LogicalView _view;
    private readonly IPixelEventBinning _binning;
    private readonly ViewCounts _window;
    private readonly ViewCounts _cumulative;
    private readonly RoiSpectra? _rois;
    private readonly SpectrumAccumulator? _spectrum;

    /// <summary>A time-of-arrival view.</summary>
    public DetectorViewWorkflow(int firstDetectorNumber, LogicalView view, MonitorHistogramParams parameters, bool withRois, Func<int, Variable, SpectrumAccumulator>? spectrum = null)
        : this(firstDetectorNumber, view, new TimeOfArrivalPixelBinning(parameters.Edges, parameters.Range), withRois, spectrum)
    {
    }

    public DetectorViewWorkflow(int firstDetectorNumber, LogicalView view, IPixelEventBinning binning, bool withRois, Func<int, Variable, SpectrumAccumulator>? spectrum = null)
    {
        _firstDetectorNumber = firstDetectorNumber;
        _view = view;
        _screenOf = view.ScreenIndexOfPixels();
        _binning = binning;
        _window = new ViewCounts(view.ScreenSize);
        _cumulative = new ViewCounts(view.ScreenSize);
        _rois = withRois ? new RoiSpectra((int)view.ScreenShape[^2], (int)view.ScreenShape[^1], binning.BinCount, binning.Edges) : null;
        _spectrum = spectrum?.Invoke(binning.BinCount, binning.Edges);
    }

    public void Accumulate(StreamData data)
    {
        switch (data)
        {
            case EventStreamData events:
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
        for (var start = 0; start < count; start += BlockSize)
        {
            var size = Math.Min(BlockSize, count - start);
            var blockIds = pixelIds.Slice(start, size);
            _binning.Bin(blockIds, timeOfArrival.Slice(start, size), bins, inRange);
            AddBlock(blockIds, bins[..size], inRange[..size]);
        }
    }

    private void AddBlock(ReadOnlySpan<int> pixelIds, ReadOnlySpan<int> bins, ReadOnlySpan<bool> passesRange)
    {
        var image = _window.Image.AsSpan();
        long total = 0, inRange = 0;
        for (var i = 0; i < pixelIds.Length; i++)
        {
            // Ids below the first detector number wrap to large unsigned values, so one comparison bounds both ends.
            var pixel = (uint)(pixelIds[i] - _firstDetectorNumber);
            var bin = bins[i];
            if (pixel >= (uint)_screenOf.Length || bin < 0)
            {
                continue;
            }
            var screen = _screenOf[pixel];
            if (screen < 0)
            {
                continue;
            }
            total++;
            if (passesRange[i])
            {
                inRange++;
                image[screen] += 1.0;
            }
            _rois?.Add(screen, bin);
            _spectrum?.Add((int)pixel, bin);
        }
        _window.Total += total;
        _window.InRange += inRange;
    }

    // Like upstream's detector views (which histogram the events' values only), no output carries variances.
    private DataArray Image(string title, double[] counts) =>
        new(title, Variable.Doubles(_view.ScreenDims, _view.ScreenShape, "counts", (double[])counts.Clone()), []);

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
}
