using Reqnroll;

namespace LiveData.Acceptance.Steps;

/// <summary>Logged values (motor positions, sample environment) and the timeseries made of them.</summary>
[Binding]
public sealed class TimeseriesSteps(WorkflowDriver workflow, LogDataDriver logs, ScenarioCancellation test)
{
    [Then("results arrive for {word} while its value keeps being logged")]
    public Task ThenResultsArriveWhileLogged(string source) =>
        workflow.WaitForResultsAsync([source], test.Token, c => logs.SendValueAsync(source, 1.0, c));

    [Then("the {string} result for {word} is a timeseries in {word}")]
    public void ThenTheResultIsATimeseries(string output, string source, string unit)
    {
        var result = workflow.LatestOutput(source, output);
        result.Data.Dims.Should().Equal("time");
        result.Data.Unit.Should().Be(unit);
        result.Coord("time")!.Unit.Should().Be("ns");
    }
}
