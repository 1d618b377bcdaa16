using System.Text.Json;
using LiveData.Identity;
using LiveData.Instruments;
using LiveData.Workflows.MonitorHistogram;

namespace LiveData.Workflows.DetectorView;

/// <summary>A detector view as an instrument declares it (group/service detector_data): one logical view of one detector.</summary>
public sealed class DetectorViewSpec(DetectorBank detector, LogicalView view, bool withRois) : IWorkflowFactory
{
    public const string ServiceName = "detector_data";
    public const string Cumulative = "cumulative";
    public const string Current = "current";
    public const string CountsTotal = "counts_total";
    public const string CountsInToaRange = "counts_in_toa_range";
    public const string CountsTotalCumulative = "counts_total_cumulative";
    public const string CountsInToaRangeCumulative = "counts_in_toa_range_cumulative";
    public const string RoiSpectraCumulative = "roi_spectra_cumulative";
    public const string RoiSpectraCurrent = "roi_spectra_current";
    public const string RoiRectangle = "roi_rectangle";
    public const string RoiPolygon = "roi_polygon";

    private static readonly OutputSpec[] ImageOutputs =
    [
        new(Cumulative, "Detector image", Temporality.Cumulative),
        new(Current, "Detector image update", Temporality.Window),
        new(CountsTotal, "Total", Temporality.Window),
        new(CountsInToaRange, "Total in range", Temporality.Window),
        new(CountsTotalCumulative, "Total", Temporality.Cumulative),
        new(CountsInToaRangeCumulative, "Total in range", Temporality.Cumulative),
    ];

    private static readonly OutputSpec[] RoiOutputs =
    [
        new(RoiSpectraCumulative, "ROI spectra", Temporality.Cumulative),
        new(RoiSpectraCurrent, "ROI spectra update", Temporality.Window),
        new(RoiRectangle, "ROI rectangles", Temporality.Cumulative),
        new(RoiPolygon, "ROI polygons", Temporality.Cumulative),
    ];

    /// <summary>A view of <paramref name="detector"/>; ROIs need a 2-D screen.</summary>
    public static WorkflowSpec For(WorkflowId id, string title, DetectorBank detector, LogicalView view, bool withRois)
    {
        if (withRois && view.Screen.Count != 2)
        {
            throw new ArgumentException($"{id}: ROIs need a 2-D screen, the view has {view.Screen.Count} dims");
        }
        if (view.PixelCount != detector.LastDetectorNumber - detector.FirstDetectorNumber + 1)
        {
            throw new ArgumentException($"{id}: the view folds {view.PixelCount} pixels, {detector.Name} has {detector.LastDetectorNumber - detector.FirstDetectorNumber + 1}");
        }
        return new(id, ServiceName, title, [detector.Name], withRois ? [.. ImageOutputs, .. RoiOutputs] : ImageOutputs, new DetectorViewSpec(detector, view, withRois));
    }

    public JsonElement DefaultParams => MonitorHistogramParams.Default.ToJson();

    public IWorkflow Create(string sourceName, JsonElement parameters) =>
        new DetectorViewWorkflow(detector.FirstDetectorNumber, view, DetectorViewParams.Parse(parameters), withRois);
}
