using System.Text.Json;
using LiveData.Core.Beamline;
using LiveData.Core.Identity;
using LiveData.Workflows.DetectorView.Projection;
using LiveData.Workflows.Histogramming;
using LiveData.Workflows.MonitorHistogram;
using LiveData.Workflows.Parameters;
using LiveData.Workflows.Wavelength;

namespace LiveData.Workflows.DetectorView;

/// <summary>
/// A detector view as an instrument declares it (group/service detector_data): per detector, a logical view or a
/// geometric projection of its pixel positions, which is built when a job starts (it needs the instrument geometry).
/// </summary>
public sealed class DetectorViewSpec : IWorkflowFactory
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

    private readonly IReadOnlyDictionary<string, Screen> _screens;
    private readonly bool _withRois;
    private readonly SpectrumView? _spectrum;

    private DetectorViewSpec(IReadOnlyDictionary<string, Screen> screens, bool withRois, SpectrumView? spectrum) =>
        (_screens, _withRois, _spectrum) = (screens, withRois, spectrum);

    /// <summary>A view of <paramref name="detector"/>; ROIs need a 2-D screen.</summary>
    public static WorkflowSpec For(WorkflowId id, string title, DetectorBank detector, LogicalView view, bool withRois, SpectrumView? spectrum = null) =>
        For(id, title, [detector], _ => view, withRois, spectrum);

    /// <summary>The same kind of view for each of <paramref name="detectors"/> (one job per detector).</summary>
    public static WorkflowSpec For(WorkflowId id, string title, IReadOnlyList<DetectorBank> detectors, Func<DetectorBank, LogicalView> viewOf, bool withRois, SpectrumView? spectrum = null)
    {
        var views = detectors.ToDictionary(d => d.Name, d => (Detector: d, View: viewOf(d)));
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
        var screens = views.ToDictionary(v => v.Key, v => new Screen(_ => PixelScreenMap.Logical(v.Value.Detector.FirstDetectorNumber, v.Value.View), v.Value.View));
        return new(id, ServiceName, title, [.. views.Keys], [.. ImageOutputs, .. withRois ? RoiOutputs : [], .. spectrumOutputs], new DetectorViewSpec(screens, withRois, spectrum));
    }

    /// <summary>
    /// Geometric projections (upstream's <c>GeometricViewConfig</c>), one per detector, each on a 2-D screen with ROIs.
    /// A job's projection is built from the instrument geometry; a geometry without the detector is an ERR.
    /// </summary>
    public static WorkflowSpec Projection(WorkflowId id, string title, IReadOnlyList<KeyValuePair<string, GeometricViewConfig>> projections)
    {
        foreach (var (detector, config) in projections)
        {
            var dims = config.Resolution.Select(r => r.Key).ToList();
            if (dims.Count != 2 || dims.Distinct().Count() != 2 || dims.Except(config.Coordinates).Any())
            {
                throw new ArgumentException($"{id}: the projection of {detector} needs two screen dims of {string.Join(", ", config.Coordinates)}, got {string.Join(", ", dims)}");
            }
        }
        var screens = projections.ToDictionary(p => p.Key, p => new Screen(files => GeometricProjection.Of(files.Geometry, p.Key, p.Value), null));
        return new(id, ServiceName, title, [.. screens.Keys], [.. ImageOutputs, .. RoiOutputs], new DetectorViewSpec(screens, withRois: true, spectrum: null));
    }

    public JsonElement DefaultParams => MonitorHistogramParams.Default.ToJson();

    public IWorkflow Create(string sourceName, JsonElement parameters, IInstrumentFiles files)
    {
        var screen = _screens[sourceName];
        var parsed = DetectorViewParams.Parse(parameters);
        var pixelsPerTube = _spectrum?.ReadPixelsPerTube(ParamReader.Root(parameters));
        var map = screen.Map(files);
        IPixelEventBinning binning = parsed.Histogram.Mode == CoordinateMode.Wavelength
            ? WavelengthBinning(sourceName, map, parsed.Histogram, files)
            : new TimeOfArrivalPixelBinning(parsed.Histogram.Edges, parsed.Histogram.Range);
        return new DetectorViewWorkflow(map, binning, _withRois,
            _spectrum is null ? null : (bins, edges) => _spectrum.Accumulator(screen.Logical!, pixelsPerTube!.Value, bins, edges), parsed.PixelWeighting);
    }

    // Upstream needs both files in wavelength mode: the geometry for each pixel's L1 + L2, and the table.
    private static WavelengthPixelBinning WavelengthBinning(string detector, PixelScreenMap map, MonitorHistogramParams parameters, IInstrumentFiles files)
    {
        var table = files.LookupTable;
        var rows = PixelRows.Of(table, files.Geometry, detector, map.FirstDetectorNumber, map.Replicas[0].Length);
        return new WavelengthPixelBinning(parameters.WavelengthEdges, parameters.WavelengthRange, table, rows, map.FirstDetectorNumber);
    }

    // How a job gets its detector's screen map; the logical view, when there is one, also shapes the spectrum view.
    private sealed record Screen(Func<IInstrumentFiles, PixelScreenMap> Map, LogicalView? Logical);
}
