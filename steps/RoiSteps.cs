using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd;
using LiveData.Protocol.Rois;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class RoiSteps(RoiDriver rois)
{
    [When("the scientist draws these ROI rectangles on {word}:")]
    public void WhenTheScientistDrawsRectangles(string source, Table rectangles, CancellationToken ct) =>
        rois.Draw(source, RoiGeometry.Rectangle, rectangles.Rows.ToDictionary(
            r => int.Parse(r["roi"]),
            r => (Roi)new RectangleRoi(double.Parse(r["x from"]), double.Parse(r["x to"]), double.Parse(r["y from"]), double.Parse(r["y to"]))), ct);

    [When("the scientist draws ROI polygon {int} on {word} through {string}")]
    public void WhenTheScientistDrawsAPolygon(int index, string source, string vertices, CancellationToken ct) =>
        rois.Draw(source, RoiGeometry.Polygon, new Dictionary<int, Roi> { [index] = RoiText.Polygon(vertices) }, ct);

    [Then("the {string} result for {word} has spectra for ROIs {string}")]
    public Task ThenTheResultHasSpectraFor(string output, string source, string indices, CancellationToken ct) =>
        rois.WaitForSpectraAsync(source, output, [.. indices.Split(',').Select(i => long.Parse(i.Trim()))], ct);
}
