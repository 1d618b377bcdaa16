using LiveData.Acceptance.Support.Waiting;
using LiveData.Protocol.Rois;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>Draws ROIs on the scenario's detector view through the dashboard and watches the spectra that follow them.</summary>
public sealed class RoiDriver(DashboardDriver dashboard, WorkflowDriver workflow, ScenarioDiagnostics diagnostics)
{
    /// <summary>Replaces the view's ROIs of one geometry (rectangles or polygons) with <paramref name="rois"/>, by ROI index.</summary>
    public void Draw(string source, RoiGeometry geometry, IReadOnlyDictionary<int, Roi> rois, CancellationToken ct)
    {
        var published = dashboard.Backend.RoiPublisher.Publish(workflow.Workflow, source, rois, geometry, ct);
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
            var shown = dashboard.Backend.DataService[new(workflow.Workflow, source, output)]?.Coord("roi")?.Int64Values.ToArray();
            return Task.FromResult((shown is not null && shown.SequenceEqual(rois), $"roi coord [{string.Join(", ", shown ?? [])}]"));
        }, WorkflowDriver.ResultTimeout, diagnostics.DumpAsync, ct);
}
