using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class ResultSteps(WorkflowDriver workflow)
{
    [Then("the {string} result for {word} is a histogram of {int} time-of-arrival bins in {word}")]
    public void ThenTheResultIsAHistogram(string output, string source, int bins, string unit)
    {
        var result = workflow.LatestOutput(source, output);
        result.Sizes.Should().Equal(new Dictionary<string, long> { ["time_of_arrival"] = bins });
        result.Data.Unit.Should().Be(unit);
        result.Coord("time_of_arrival")!.Length.Should().Be(bins + 1, "bin edges bound every bin");
        result.Data.Sum().Should().BePositive("monitor events were flowing");
    }

    [Then("the {string} result for {word} has time-of-arrival edges from {float} to {float} {word}")]
    public void ThenTheResultHasEdges(string output, string source, double start, double stop, string unit)
    {
        var edges = workflow.LatestOutput(source, output).Coord("time_of_arrival")!;
        edges.Unit.Should().Be(unit);
        edges.DoubleValues[0].Should().BeApproximately(start, 1e-9);
        edges.DoubleValues[^1].Should().BeApproximately(stop, 1e-9);
    }
}
