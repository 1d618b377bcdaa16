using LiveData.Acceptance.Support.Waiting;
using LiveData.Protocol.Rois;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>Draws ROIs on the scenario's detector view through the dashboard and watches the spectra that follow them.</summary>
public sealed class RoiDriver(DashboardDriver dashboard, WorkflowDriver workflow, ScenarioDiagnostics diagnostics)
{
    /// <summary>Replaces the view's rectangle ROIs with <paramref name="rectangles"/>.</summary>
    public void DrawRectangles(string source, IEnumerable<RoiRectangle> rectangles, CancellationToken ct) =>
        Draw(source, RoiGeometry.Rectangle, rectangles.ToDictionary(r => r.Roi, r => (Roi)new RectangleRoi(r.XFrom, r.XTo, r.YFrom, r.YTo)), ct);

    /// <summary>Replaces the view's polygon ROIs with this one polygon, as ROI <paramref name="index"/>.</summary>
    public void DrawPolygon(string source, int index, PolygonRoi polygon, CancellationToken ct) =>
        Draw(source, RoiGeometry.Polygon, new Dictionary<int, Roi> { [index] = polygon }, ct);

    // The dashboard replaces all ROIs of one geometry at a time, by ROI index.
    private void Draw(string source, RoiGeometry geometry, IReadOnlyDictionary<int, Roi> rois, CancellationToken ct)
    {
        var published = dashboard.Backend.Workflows.PublishRois(workflow.Workflow, source, rois, geometry, ct);
        if (!published)
        {
            throw new InvalidOperationException($"The dashboard has no active job of {workflow.Workflow} to draw ROIs on");
        }
    }

    /// <summary>Waits until the latest <paramref name="output"/> of <paramref name="source"/> has one spectrum per ROI, in this order.</summary>
    public Task WaitForSpectraAsync(string source, string output, IReadOnlyList<long> rois, CancellationToken ct) =>
        Eventually.UntilAsync($"'{output}' of {source} to cover ROIs [{string.Join(", ", rois)}]", _ =>
        {
            dashboard.Backend.Update();
            var shown = dashboard.Backend.Results[new(workflow.Workflow, source, output)]?.Coord("roi")?.Int64Values.ToArray();
            return Task.FromResult((shown is not null && shown.SequenceEqual(rois), $"roi coord [{string.Join(", ", shown ?? [])}]"));
        }, WorkflowDriver.ResultTimeout, diagnostics.DumpAsync, ct);
}

/// <summary>One row of a scenario's ROI rectangle table, in screen pixel indices: <c>| roi | x from | x to | y from | y to |</c>.</summary>
public sealed record RoiRectangle(int Roi, double XFrom, double XTo, double YFrom, double YTo);
