using Gherkin.CucumberMessages;
using LiveData.Bdd.Features;

namespace LiveData.Acceptance.Steps;

/// <summary>
/// Two scenarios on the same instrument, running at the same time on the shared broker, each in its own topic
/// namespace: each counts exactly the events it sent itself, so neither saw the other's raw data, commands or results.
/// </summary>
public sealed class IsolationTests
{
    private const string Feature = """
        @instrument:dummy
        Feature: Isolation
          Scenario: Few events
            Given the monitor_data service is running on its own
            And the scientist has started the "monitor_histogram" workflow for monitor1
            When 4 pulses of 1000 events each, spread from 0 to 50 ms, are sent for monitor1
            Then the cumulative total for monitor1 equals the events sent inside 0 to 71.43 ms

          Scenario: Many events
            Given the monitor_data service is running on its own
            And the scientist has started the "monitor_histogram" workflow for monitor1
            When 6 pulses of 3000 events each, spread from 0 to 50 ms, are sent for monitor1
            Then the cumulative total for monitor1 equals the events sent inside 0 to 71.43 ms
        """;

    [Fact]
    public async Task Concurrent_scenarios_on_one_instrument_never_see_each_others_data()
    {
        var ct = TestContext.Current.CancellationToken;
        var feature = GherkinFeature.Parse("isolation.feature", Feature, new IncrementingIdGenerator())!;

        var runs = await Task.WhenAll(feature.Scenarios.Select(async scenario =>
        {
            var started = DateTimeOffset.UtcNow;
            await ScenarioRunner.RunAsync(scenario, ReqnrollTestRun.TestAssembly, ct);
            return (Started: started, Ended: DateTimeOffset.UtcNow);
        }));

        var (first, second) = (runs[0], runs[1]);
        first.Started.Should().BeBefore(second.Ended, "the scenarios ran at the same time");
        second.Started.Should().BeBefore(first.Ended, "the scenarios ran at the same time");
    }
}
