using FluentAssertions;
using LiveData.Bdd.Features;
using LiveData.Bdd.Xunit;
using Xunit;

namespace LiveData.Bdd.Tests.Hygiene;

/// <summary>
/// The acceptance suite's own hooks and drivers leave no service behind, whatever ends a scenario: a failing step, a
/// timed-out wait or a cancelled run, each with an after-scenario hook that throws between stopping the dashboard and
/// stopping the services. (The run's last hook then finds no LiveData child left but the run's broker.)
/// </summary>
public sealed class ProcessHygieneTests
{
    [Fact]
    public async Task No_service_process_outlives_a_failed_timed_out_or_cancelled_scenario_with_a_throwing_hook()
    {
        var ct = TestContext.Current.CancellationToken;
        var scenarios = FeatureFolder.Default.Scenarios.Where(s => s.Feature.Title == "Process hygiene").ToList();
        var failures = new List<Exception>();

        failures.Add(await FailureOfAsync(scenarios[0], ct));
        failures.Add(await FailureOfAsync(scenarios[1], ct));
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var cancelled = FailureOfAsync(scenarios[2], cancellation.Token);
        await StartedServices.Blocked.Task.WaitAsync(ct);
        await cancellation.CancelAsync();
        failures.Add(await cancelled);

        failures.Should().AllBeOfType<AggregateException>("the step's failure and the hook's are both reported")
            .And.OnlyContain(f => ((AggregateException)f).InnerExceptions.Any(e => e.Message == ThrowingHooks.Message));
        StartedServices.All.Should().HaveCount(6, "each scenario started fake_monitors and monitor_data");
        StartedServices.All.Should().OnlyContain(s => !s.IsRunning);
    }

    private static async Task<Exception> FailureOfAsync(ScenarioCase scenario, CancellationToken ct)
    {
        try
        {
            await ScenarioRunner.RunAsync(scenario, ReqnrollTestRun.TestAssembly, ct);
        }
        catch (Exception e)
        {
            return e;
        }

        throw new InvalidOperationException($"'{scenario.Title}' was expected to fail");
    }
}
