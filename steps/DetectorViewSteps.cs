using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class DetectorViewSteps(WorkflowDriver workflow)
{
    [Then("the {string} result for {word} is an image of {string} in {word}")]
    public void ThenTheResultIsAnImage(string output, string source, string shape, string unit)
    {
        var result = workflow.LatestOutput(source, output);
        result.Sizes.Should().Equal(shape.Split(',').Select(d => d.Split('=')).ToDictionary(d => d[0].Trim(), d => long.Parse(d[1])));
        result.Data.Unit.Should().Be(unit);
        result.Data.Sum().Should().BePositive("detector events were flowing");
    }

    [Then("the {string} result for {word} is a positive count")]
    public void ThenTheResultIsAPositiveCount(string output, string source)
    {
        var result = workflow.LatestOutput(source, output);
        result.Data.Dims.Should().BeEmpty();
        result.Data.Unit.Should().Be("counts");
        result.Data.Sum().Should().BePositive("events of that arc were flowing");
    }
}
