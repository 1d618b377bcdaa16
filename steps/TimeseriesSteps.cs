using LiveData.Core.Data;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

/// <summary>Logged values (motor positions, sample environment) and the timeseries made of them.</summary>
[Binding]
public sealed class TimeseriesSteps(WorkflowDriver workflow, LogDataDriver logs, ScenarioCancellation test)
{
    [Then("results arrive for {word} while its value keeps being logged")]
    public Task ThenResultsArriveWhileLogged(string source) =>
        workflow.WaitForResultsAsync([source], test.Token, c => logs.SendValueAsync(source, 1.0, c));

    [When("the forwarder logs these values under their PV names:")]
    public void WhenTheForwarderLogs(IReadOnlyList<PvValue> values) => logs.SendUnderPvNames(values, test.Token);

    [Then("the newest {string} sample for {word} is {double} with setpoint {double}")]
    public Task ThenTheNewestSampleIs(string output, string device, double value, double setpoint) =>
        workflow.WaitForOutputAsync(device, output, result =>
            result.Data.DoubleValues[^1] == value && result.Coord("target")?.DoubleValues[^1] == setpoint, test.Token);

    [Then("the {string} result for {word} is a timeseries in {word}")]
    public async Task ThenTheResultIsATimeseries(string output, string source, string unit)
    {
        var result = await workflow.OutputAsync(source, output, test.Token);
        result.Data.Dims.Should().Equal("time");
        result.Data.Unit.Should().Be(unit);
        result.Coord("time")!.Unit.Should().Be("ns");
    }

    [Then("the {string} result for {word} carries the motor's setpoint and idle flag")]
    public async Task ThenTheResultCarriesSetpointAndIdleFlag(string output, string device)
    {
        var result = await workflow.OutputAsync(device, output, test.Token);
        ShouldHaveSetpoint(result);
        var idle = result.Coord(Idle);
        idle.Should().NotBeNull("a motor with a done-moving log shows when it stands still");
        idle!.IsInt32.Should().BeTrue("upstream sends the flag as int32");
        idle.Int64Values.ToArray().Should().OnlyContain(flag => flag == 0 || flag == 1);
    }

    [Then("the {string} result for {word} carries the motor's setpoint only")]
    public async Task ThenTheResultCarriesSetpointOnly(string output, string device)
    {
        var result = await workflow.OutputAsync(device, output, test.Token);
        ShouldHaveSetpoint(result);
        result.Coord(Idle).Should().BeNull("the motor has no done-moving log");
    }

    private const string Idle = "idle";

    private static void ShouldHaveSetpoint(DataArray result)
    {
        var target = result.Coord("target");
        target.Should().NotBeNull("a motor with a setpoint log shows it beside its position");
        target!.Dims.Should().Equal("time");
        target.Unit.Should().Be(result.Data.Unit);
    }
}
