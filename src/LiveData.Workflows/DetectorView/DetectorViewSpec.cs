using System.Text.Json;
using LiveData.Core.Beamline;
using LiveData.Core.Identity;
using LiveData.Workflows.Histogramming;
using LiveData.Workflows.MonitorHistogram;
using LiveData.Workflows.Parameters;
using LiveData.Workflows.Wavelength;

namespace LiveData.Workflows.DetectorView;

/// <summary>A detector view as an instrument declares it (group/service detector_data): one logical view of one detector.</summary>
public sealed class DetectorViewSpec(IReadOnlyDictionary<string, (DetectorBank Detector, LogicalView View)> views, bool withRois, SpectrumView? spectrum) : IWorkflowFactory
{
    public const string ServiceName = ServiceNames.DetectorData;

    public const string RoiSpectraCumulative = "roi_spectra_cumulative";
    public const string RoiSpectraCurrent = "roi_spectra_current";
    public const string RoiRectangle = "roi_rectangle";
    public const string RoiPolygon = "roi_polygon";

    // The same six outputs as the monitor histogram, with the histogram replaced by an image.
    private static readonly OutputSpec[] ImageOutputs =
    [
        new(TimeOfArrivalOutputs.Cumulative, "Detector image", Temporality.Cumulative),
        new(TimeOfArrivalOutputs.Current, "Detector image update", Temporality.Window),
        new(TimeOfArrivalOutputs.CountsTotal, "Total", Temporality.Window),
        new(TimeOfArrivalOutputs.CountsInToaRange, "Total in range", Temporality.Window),
        new(TimeOfArrivalOutputs.CountsTotalCumulative, "Total", Temporality.Cumulative),
        new(TimeOfArrivalOutputs.CountsInToaRangeCumulative, "Total in range", Temporality.Cumulative),
    ];

    private static readonly OutputSpec[] RoiOutputs =
    [
        new(RoiSpectraCumulative, "ROI spectra", Temporality.Cumulative),
        new(RoiSpectraCurrent, "ROI spectra update", Temporality.Window),
        new(RoiRectangle, "ROI rectangles", Temporality.Cumulative),
        new(RoiPolygon, "ROI polygons", Temporality.Cumulative),
    ];

    /// <summary>A view of <paramref name="detector"/>; ROIs need a 2-D screen.</summary>
    public static WorkflowSpec For(WorkflowId id, string title, DetectorBank detector, LogicalView view, bool withRois, SpectrumView? spectrum = null) =>
        For(id, title, [detector], _ => view, withRois, spectrum);

    /// <summary>The same kind of view for each of <paramref name="detectors"/> (one job per detector).</summary>
    public static WorkflowSpec For(WorkflowId id, string title, IReadOnlyList<DetectorBank> detectors, Func<DetectorBank, LogicalView> viewOf, bool withRois, SpectrumView? spectrum = null)
    {
        var views = detectors.ToDictionary(d => d.Name, d => (d, viewOf(d)));
        foreach (var (detector, view) in views.Values)
        {
            if (withRois && view.Screen.Count != 2)
            {
                throw new ArgumentException($"{id}: ROIs need a 2-D screen, the view of {detector.Name} has {view.Screen.Count} dims");
            }
            if (view.PixelCount != detector.LastDetectorNumber - detector.FirstDetectorNumber + 1)
            {
                throw new ArgumentException($"{id}: the view folds {view.PixelCount} pixels, {detector.Name} has {detector.LastDetectorNumber - detector.FirstDetectorNumber + 1}");
            }
        }
        OutputSpec[] spectrumOutputs = spectrum is null ? [] : [new(SpectrumView.Output, "Spectrum view", Temporality.Cumulative)];
        return new(id, ServiceName, title, [.. views.Keys], [.. ImageOutputs, .. withRois ? RoiOutputs : [], .. spectrumOutputs], new DetectorViewSpec(views, withRois, spectrum));
    }

    public JsonElement DefaultParams => MonitorHistogramParams.Default.ToJson();

    public IWorkflow Create(string sourceName, JsonElement parameters, IInstrumentFiles files)
    {
        var (detector, view) = views[sourceName];
        var pixelsPerTube = spectrum?.ReadPixelsPerTube(ParamReader.Root(parameters));
        var parsed = DetectorViewParams.Parse(parameters);
        IPixelEventBinning binning = parsed.Mode == CoordinateMode.Wavelength
            ? WavelengthBinning(detector, view, parsed, files)
            : new TimeOfArrivalPixelBinning(parsed.Edges, parsed.Range);
        return new DetectorViewWorkflow(detector.FirstDetectorNumber, view, binning, withRois,
            spectrum is null ? null : (bins, edges) => spectrum.Accumulator(view, pixelsPerTube!.Value, bins, edges));
    }

    // Upstream needs both files in wavelength mode: the geometry for each pixel's L1 + L2, and the table.
    private static WavelengthPixelBinning WavelengthBinning(DetectorBank detector, LogicalView view, MonitorHistogramParams parameters, IInstrumentFiles files)
    {
        var table = files.LookupTable;
        var rows = PixelRows.Of(table, files.Geometry, detector.Name, detector.FirstDetectorNumber, view.PixelCount);
        return new WavelengthPixelBinning(parameters.WavelengthEdges, parameters.WavelengthRange, table, rows, detector.FirstDetectorNumber);
    }
}
