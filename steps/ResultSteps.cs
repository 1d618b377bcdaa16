using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd;

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
}
