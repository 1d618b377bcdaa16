using LiveData.Bench.Suite;

namespace LiveData.Tests.Bench;

public class ScenarioDurationsTests
{
    // A made-up run in the Cucumber Messages shape, trimmed to the fields read here (real Reqnroll excerpts below).
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

    // Excerpts of real Reqnroll 3.3.4 runs of steps/LiveData.Acceptance.csproj (its message formatter's cucumber.ndjson),
    // cut to the messages read here and a few others, long arrays and bodies shortened. Reqnroll writes every pickle
    // of a feature it touched, also those a filtered run left out ("Invalid parameters…" here), and publishes a failed
    // scenario's testCaseFinished only when its feature ends (its timestamp is still the scenario's end).
    private static readonly string[] ReqnrollFilteredRunWithAFailure =
    [
        """{"testRunStarted":{"timestamp":{"seconds":1796233505,"nanos":48576000},"id":"KGqoa0pRjqX6Hp8ykvueWg"}}""",
        """{"meta":{"protocolVersion":"35.0.0","implementation":{"name":"Reqnroll","version":"3.3.4"},"runtime":{"name":"dotNet","version":"10.0.12"},"os":{"name":"Linux","version":"Debian GNU/Linux 12 (bookworm)"},"cpu":{"name":"x64"}}}""",
        """{"pickle":{"id":"697","uri":"workflow_lifecycle.feature","location":{"line":26,"column":3},"name":"Invalid parameters are rejected with the reason","language":"en","steps":[{"astNodeIds":["654"],"id":"694","type":"Context","text":"the monitor services are running"}],"tags":[{"name":"@instrument:dummy","astNodeId":"674"}],"astNodeIds":["659"]}}""",
        """{"pickle":{"id":"703","uri":"workflow_lifecycle.feature","location":{"line":33,"column":3},"name":"Valid parameters are acknowledged and shape the results","language":"en","steps":[{"astNodeIds":["660"],"id":"698","type":"Context","text":"the monitor services are running"}],"tags":[{"name":"@instrument:dummy","astNodeId":"674"}],"astNodeIds":["667"]}}""",
        """{"testCase":{"id":"V3ClebZTDVO1rbNecFMqsg","pickleId":"703","testSteps":[{"id":"vRbUwhKao5ReEEar3fmKPQ","pickleStepId":"698","stepDefinitionIds":["xiqiBZLcVvzN8MpBMGVc9A"],"stepMatchArgumentsLists":[{"stepMatchArguments":[{"group":{"children":[],"start":4,"value":"monitor"},"parameterTypeName":"string"}]}]}],"testRunStartedId":"KGqoa0pRjqX6Hp8ykvueWg"}}""",
        """{"testCaseStarted":{"attempt":0,"id":"ENOqhiB6eAdL3gsdJkLHnA","testCaseId":"V3ClebZTDVO1rbNecFMqsg","timestamp":{"seconds":1796233512,"nanos":224272500}}}""",
        """{"testStepFinished":{"testCaseStartedId":"ENOqhiB6eAdL3gsdJkLHnA","testStepId":"ZjOQCmw_5Wy-DGyv_NVeTw","testStepResult":{"duration":{"seconds":0,"nanos":672825100},"message":"Expected result.Sizes to be equal to {[\"time_of_arrival\"] = 251L}, but {[\"time_of_arrival\"] = 250L} differs at key \"time_of_arrival\".","status":"FAILED","exception":{"type":"XunitException","message":"Expected result.Sizes to be equal to {[\"time_of_arrival\"] = 251L}, but {[\"time_of_arrival\"] = 250L} differs at key \"time_of_arrival\".","stackTrace":"   at FluentAssertions.Execution.LateBoundTestFramework.Throw(String message)"}},"timestamp":{"seconds":1796233520,"nanos":777311100}}}""",
        """{"attachment":{"body":"LS0tIGRpYWdub3N0aWNzIC0tLQpkYXNoYm9hcmQg","contentEncoding":"BASE64","fileName":"diagnostics.txt","mediaType":"text/plain","testCaseStartedId":"ENOqhiB6eAdL3gsdJkLHnA","testStepId":"hvG6EuK_nfjQDAEnIBpy1Q","testRunStartedId":"KGqoa0pRjqX6Hp8ykvueWg","testRunHookStartedId":"","timestamp":{"seconds":1796233522,"nanos":141086600}}}""",
        """{"testCaseFinished":{"testCaseStartedId":"ENOqhiB6eAdL3gsdJkLHnA","timestamp":{"seconds":1796233523,"nanos":160947500},"willBeRetried":false}}""",
        """{"testRunFinished":{"success":false,"timestamp":{"seconds":1796233523,"nanos":851441000},"testRunStartedId":"KGqoa0pRjqX6Hp8ykvueWg"}}""",
    ];

    // Two rows of a Scenario Outline run in parallel: both pickles carry the outline's name, each row is timed on its own.
    private static readonly string[] ReqnrollOutlineRun =
    [
        """{"testRunStarted":{"timestamp":{"seconds":1796232919,"nanos":99558100},"id":"qVX1axN_pTtCDGzgXNYBPQ"}}""",
        """{"meta":{"protocolVersion":"35.0.0","implementation":{"name":"Reqnroll","version":"3.3.4"},"runtime":{"name":"dotNet","version":"10.0.12"},"os":{"name":"Linux","version":"Debian GNU/Linux 12 (bookworm)"},"cpu":{"name":"x64"}}}""",
        """{"pickle":{"id":"680","uri":"workflow_lifecycle.feature","location":{"line":15,"column":7},"name":"A monitor workflow starts and delivers data","language":"en","steps":[{"astNodeIds":["637","643"],"id":"675","type":"Context","text":"the monitor services are running, with monitors sending events"}],"tags":[{"name":"@instrument:dummy","astNodeId":"674"}],"astNodeIds":["646","643"]}}""",
        """{"pickle":{"id":"686","uri":"workflow_lifecycle.feature","location":{"line":16,"column":7},"name":"A monitor workflow starts and delivers data","language":"en","steps":[{"astNodeIds":["637","644"],"id":"681","type":"Context","text":"the monitor services are running, with monitors sending histograms"}],"tags":[{"name":"@instrument:dummy","astNodeId":"674"}],"astNodeIds":["646","644"]}}""",
        """{"testCase":{"id":"Wp6EGMwrePAXIBd9t_RuAQ","pickleId":"680","testSteps":[{"id":"-DigNJjZ07BBB0WVwNLkCQ","pickleStepId":"675","stepDefinitionIds":["mk-W-WwNN65c-gMgmLvEpg"],"stepMatchArgumentsLists":[{"stepMatchArguments":[{"group":{"children":[],"start":56,"value":"events"},"parameterTypeName":"MonitorReadout"}]}]}],"testRunStartedId":"qVX1axN_pTtCDGzgXNYBPQ"}}""",
        """{"testCaseStarted":{"attempt":0,"id":"tsM1hzgTvKPD6jDLMx31gQ","testCaseId":"Wp6EGMwrePAXIBd9t_RuAQ","timestamp":{"seconds":1796232934,"nanos":686337200}}}""",
        """{"testCaseFinished":{"testCaseStartedId":"tsM1hzgTvKPD6jDLMx31gQ","timestamp":{"seconds":1796232958,"nanos":25907700},"willBeRetried":false}}""",
        """{"testCase":{"id":"loSX7RtA2txNu6zkpHRxXA","pickleId":"686","testSteps":[{"id":"_U3MWE8U0R0sYnUC-UHsjA","pickleStepId":"681","stepDefinitionIds":["mk-W-WwNN65c-gMgmLvEpg"],"stepMatchArgumentsLists":[{"stepMatchArguments":[{"group":{"children":[],"start":56,"value":"histograms"},"parameterTypeName":"MonitorReadout"}]}]}],"testRunStartedId":"qVX1axN_pTtCDGzgXNYBPQ"}}""",
        """{"testCaseStarted":{"attempt":0,"id":"Idx1fnQv7Evuzx-diN6h7g","testCaseId":"loSX7RtA2txNu6zkpHRxXA","timestamp":{"seconds":1796232972,"nanos":63230400}}}""",
        """{"testCaseFinished":{"testCaseStartedId":"Idx1fnQv7Evuzx-diN6h7g","timestamp":{"seconds":1796232991,"nanos":522051500},"willBeRetried":false}}""",
        """{"testRunFinished":{"success":true,"timestamp":{"seconds":1796233011,"nanos":787960600},"testRunStartedId":"qVX1axN_pTtCDGzgXNYBPQ"}}""",
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

    [Fact]
    public void A_reqnroll_run_times_the_scenarios_it_ran_and_leaves_out_the_pickles_it_did_not()
    {
        var run = Parse(ReqnrollFilteredRunWithAFailure);

        run.Scenarios.Should().Equal(
            new ScenarioDuration("Valid parameters are acknowledged and shape the results", "workflow_lifecycle.feature", TimeSpan.FromTicks(109_366_750)));
        run.StartedAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1796233505) + TimeSpan.FromTicks(485_760));
        run.WallTime.Should().Be(TimeSpan.FromTicks(188_028_650));
    }

    [Fact]
    public void A_reqnroll_outline_times_each_row_under_the_outline_name()
    {
        var run = Parse(ReqnrollOutlineRun);

        run.Scenarios.Should().Equal(
            new ScenarioDuration("A monitor workflow starts and delivers data", "workflow_lifecycle.feature", TimeSpan.FromTicks(233_395_705)),
            new ScenarioDuration("A monitor workflow starts and delivers data", "workflow_lifecycle.feature", TimeSpan.FromTicks(194_588_211)));
        run.WallTime.Should().Be(TimeSpan.FromTicks(926_884_025));
    }

    [Fact]
    public void An_attempt_that_will_be_retried_is_left_out_and_the_last_attempt_is_timed()
    {
        var started = ReqnrollFilteredRunWithAFailure.Single(l => l.Contains("\"testCaseStarted\"", StringComparison.Ordinal));
        var finished = ReqnrollFilteredRunWithAFailure.Single(l => l.Contains("\"testCaseFinished\"", StringComparison.Ordinal));
        var retried = ReqnrollFilteredRunWithAFailure
            .Select(l => l == finished ? finished.Replace("\"willBeRetried\":false", "\"willBeRetried\":true", StringComparison.Ordinal) : l)
            .Concat([
                started.Replace("\"attempt\":0", "\"attempt\":1", StringComparison.Ordinal).Replace("ENOqhiB6eAdL3gsdJkLHnA", "second-attempt", StringComparison.Ordinal)
                    .Replace("\"seconds\":1796233512", "\"seconds\":1796233530", StringComparison.Ordinal),
                finished.Replace("ENOqhiB6eAdL3gsdJkLHnA", "second-attempt", StringComparison.Ordinal).Replace("\"seconds\":1796233523", "\"seconds\":1796233532", StringComparison.Ordinal),
            ]);

        Parse(retried).Scenarios.Select(s => s.WallTime).Should().Equal(TimeSpan.FromTicks(19_366_750));
    }
}
