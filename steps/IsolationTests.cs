using FluentAssertions;
using LiveData.Bdd;

namespace LiveData.Acceptance.Steps;

/// <summary>
/// Two scenarios on the same instrument, running at the same time on the shared broker, each in its own topic
/// namespace: each counts exactly the events it sent itself, so neither saw the other's raw data, commands or results.
/// </summary>
public sealed class IsolationTests(TestRunHooks hooks)
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
        var scenarios = FeatureLibrary.Parse("features/isolation.feature", Feature).Scenarios;

        var results = await Task.WhenAll(scenarios.Select(s => hooks.TestRun.RunScenarioAsync(s, ct)));

        results.Should().OnlyContain(r => r.Succeeded, string.Join(Environment.NewLine, results.Select(r => r.TestError?.Message)));
        var (first, second) = (results[0], results[1]);
        first.StartedAt.Should().BeBefore(second.StartedAt + second.Duration, "the scenarios ran at the same time");
        second.StartedAt.Should().BeBefore(first.StartedAt + first.Duration, "the scenarios ran at the same time");
    }
}
