using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd.Xunit;
using Reqnroll;
using LiveData.Protocol.Rois;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class RoiSteps(RoiDriver rois, ScenarioCancellation test)
{
    [When("the scientist draws these ROI rectangles on {word}:")]
    public void WhenTheScientistDrawsRectangles(string source, Table rectangles) =>
        rois.Draw(source, RoiGeometry.Rectangle, rectangles.Rows.ToDictionary(
            r => int.Parse(r["roi"]),
            r => (Roi)new RectangleRoi(double.Parse(r["x from"]), double.Parse(r["x to"]), double.Parse(r["y from"]), double.Parse(r["y to"]))), test.Token);

    [When("the scientist draws ROI polygon {int} on {word} through {string}")]
    public void WhenTheScientistDrawsAPolygon(int index, string source, string vertices) =>
        rois.Draw(source, RoiGeometry.Polygon, new Dictionary<int, Roi> { [index] = RoiText.Polygon(vertices) }, test.Token);

    [Then("the {string} result for {word} has spectra for ROIs {string}")]
    public Task ThenTheResultHasSpectraFor(string output, string source, string indices) =>
        rois.WaitForSpectraAsync(source, output, [.. indices.Split(',').Select(i => long.Parse(i.Trim()))], test.Token);
}
