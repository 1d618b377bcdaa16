using FluentAssertions;
using LiveData.Bench.Suite;
using Xunit;

namespace LiveData.Tests.Bench;

public class ScenarioDurationsTests
{
    // The shape the acceptance suite writes (see artifacts/report/cucumber.ndjson), trimmed to the fields read here.
    private static readonly string[] Run =
    [
        """{"meta":{"protocolVersion":"27.0.0"}}""",
        """{"pickle":{"id":"531","uri":"features/workflow_lifecycle.feature","name":"Stopping a workflow halts publishing","steps":[]}}""",
        """{"pickle":{"id":"540","uri":"features/detector_view.feature","name":"Detector image accumulates","steps":[]}}""",
        """{"testRunStarted":{"id":"test-run-1","timestamp":{"seconds":1795522800,"nanos":0}}}""",
        """{"testCase":{"id":"test-case-19","pickleId":"531","testSteps":[]}}""",
        """{"testCaseStarted":{"attempt":0,"id":"test-case-started-20","testCaseId":"test-case-19","timestamp":{"seconds":1795522819,"nanos":332204200}}}""",
        """{"testStepStarted":{"testCaseStartedId":"test-case-started-20","testStepId":"test-step-8","timestamp":{"seconds":1795522819,"nanos":332204200}}}""",
        """{"testCaseFinished":{"testCaseStartedId":"test-case-started-20","timestamp":{"seconds":1795522821,"nanos":832204200},"willBeRetried":false}}""",
        """{"testCase":{"id":"test-case-30","pickleId":"540","testSteps":[]}}""",
        """{"testCaseStarted":{"attempt":0,"id":"test-case-started-31","testCaseId":"test-case-30","timestamp":{"seconds":1795522821,"nanos":900000000}}}""",
        """{"testCaseFinished":{"testCaseStartedId":"test-case-started-31","timestamp":{"seconds":1795522826,"nanos":150000000},"willBeRetried":false}}""",
        """{"testRunFinished":{"success":true,"timestamp":{"seconds":1795522830,"nanos":0},"testRunStartedId":"test-run-1"}}""",
    ];

    private static AcceptanceRunTimes Parse(IEnumerable<string> lines) => ScenarioDurations.Parse(new StringReader(string.Join('\n', lines)));

    [Fact]
    public void Each_finished_scenario_gets_its_name_feature_and_wall_time_from_start_to_finish()
    {
        var run = Parse(Run);

        run.Scenarios.Should().Equal(
            new ScenarioDuration("Stopping a workflow halts publishing", "features/workflow_lifecycle.feature", TimeSpan.FromSeconds(2.5)),
            new ScenarioDuration("Detector image accumulates", "features/detector_view.feature", TimeSpan.FromSeconds(4.25)));
    }

    [Fact]
    public void The_run_start_comes_from_testRunStarted()
    {
        Parse(Run).StartedAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1795522800));
    }

    [Fact]
    public void The_run_wall_time_runs_from_testRunStarted_to_testRunFinished()
    {
        Parse(Run).WallTime.Should().Be(TimeSpan.FromSeconds(30));
        Parse(Run.Where(l => !l.Contains("testRunFinished", StringComparison.Ordinal))).WallTime.Should().BeNull("an interrupted run has no end");
    }

    [Fact]
    public void A_scenario_that_started_but_never_finished_is_left_out()
    {
        var interrupted = Run.Where(l => !l.Contains("\"testCaseFinished\":{\"testCaseStartedId\":\"test-case-started-31\"", StringComparison.Ordinal));

        Parse(interrupted).Scenarios.Select(s => s.Name).Should().Equal("Stopping a workflow halts publishing");
    }

    [Fact]
    public void A_report_without_scenarios_has_none()
    {
        Parse([Run[0]]).Scenarios.Should().BeEmpty();
        Parse([]).StartedAt.Should().BeNull();
    }

    [Fact]
    public void A_line_that_is_not_json_is_refused_naming_its_line()
    {
        var parse = () => Parse([Run[0], Run[1], "{\"testCase\":"]);

        parse.Should().Throw<FormatException>().WithMessage("*line 3*");
    }

    [Fact]
    public void A_finish_without_its_start_is_refused()
    {
        var parse = () => Parse(Run.Where(l => !l.Contains("\"testCaseStarted\"", StringComparison.Ordinal)));

        parse.Should().Throw<FormatException>().WithMessage("*test-case-started-20*");
    }

    [Fact]
    public void A_timestamp_missing_its_seconds_is_refused_naming_the_line()
    {
        var broken = Run.Select(l => l.Contains("\"testCaseStarted\"", StringComparison.Ordinal) ? l.Replace("\"seconds\"", "\"secs\"", StringComparison.Ordinal) : l);

        var parse = () => Parse(broken);

        parse.Should().Throw<FormatException>().WithMessage("*line 6*");
    }
}
