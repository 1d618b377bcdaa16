using LiveData.Protocol.Rois;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

/// <summary>Detector views: images of the detector, the counts of a region, and regions of interest drawn on a view.</summary>
[Binding]
public sealed class DetectorViewSteps(WorkflowDriver workflow, DetectorViewsDriver views, RoiDriver rois, ScenarioCancellation test)
{
    [When("the scientist starts every detector view of the instrument")]
    public Task WhenTheScientistStartsEveryDetectorView() => views.StartEveryViewAsync(test.Token);

    [Then("every detector view shows an image in counts of the size listed for {word}:")]
    public async Task ThenEveryDetectorViewShowsTheListedImage(string instrument, IReadOnlyList<ListedViewImage> listed) =>
        (await views.DifferencesFromAsync(instrument, listed, test.Token)).Should().BeEmpty();

    [Then("the {string} result for {word} is an image of {string} in {word}")]
    public async Task ThenTheResultIsAnImage(string output, string source, IReadOnlyDictionary<string, long> sizes, string unit)
    {
        var result = await workflow.OutputAsync(source, output, test.Token);
        result.Sizes.Should().Equal(sizes);
        result.Data.Unit.Should().Be(unit);
        result.Data.Sum().Should().BePositive("detector events were flowing");
    }

    [Then("the {string} result for {word} has its pixels' positions along {string} in {word}")]
    public async Task ThenTheImageHasPositionCoords(string output, string source, string dims, string unit)
    {
        var result = await workflow.OutputAsync(source, output, test.Token);
        foreach (var dim in dims.Split(',', StringSplitOptions.TrimEntries))
        {
            var coord = result.Coord(dim);
            coord.Should().NotBeNull($"the image is binned along {dim}");
            coord!.Unit.Should().Be(unit);
            coord.Shape.Should().Equal([result.Sizes[dim]], "a coordinate gives the centre of each bin");
        }
    }

    [Then("the {string} result for {word} is a positive count")]
    public async Task ThenTheResultIsAPositiveCount(string output, string source)
    {
        var result = await workflow.OutputAsync(source, output, test.Token);
        result.Data.Dims.Should().BeEmpty();
        result.Data.Unit.Should().Be("counts");
        result.Data.Sum().Should().BePositive("events of that arc were flowing");
    }

    [When("the scientist draws these ROI rectangles on {word}:")]
    public void WhenTheScientistDrawsRectangles(string source, IReadOnlyList<RoiRectangle> rectangles) =>
        rois.DrawRectangles(source, rectangles, test.Token);

    [When("the scientist draws ROI polygon {int} on {word} through {string}")]
    public void WhenTheScientistDrawsAPolygon(int index, string source, PolygonRoi polygon) =>
        rois.DrawPolygon(source, index, polygon, test.Token);

    [Then("the {string} result for {word} has spectra for ROIs {string}")]
    public Task ThenTheResultHasSpectraFor(string output, string source, IReadOnlyList<long> indices) =>
        rois.WaitForSpectraAsync(source, output, indices, test.Token);
}
