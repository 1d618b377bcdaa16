using BoDi;
using FluentAssertions;
using LiveData.Acceptance.Support.Broker;
using LiveData.Acceptance.Support.Hooks;
using LiveData.Bdd;
using LiveData.Processes;
using Xunit;

namespace LiveData.Tests.Acceptance;

[CollectionDefinition(nameof(ProcessHygiene), DisableParallelization = true)]
public sealed class ProcessHygiene;

/// <summary>
/// The acceptance suite's own hooks and drivers leave no LiveData process behind, whatever ends a scenario: a failing
/// step, a timed-out wait or a cancelled run, each with an after-scenario hook that throws. Runs alone, because it
/// looks at every child process of the test process.
/// </summary>
[Collection(nameof(ProcessHygiene))]
public sealed class ProcessHygieneTests
{
    private const string Feature = """
        Feature: Hygiene
          Scenario: A failing step
            Given the monitor services are running
            When a step fails

          Scenario: A timed-out wait
            Given the monitor services are running
            When a wait times out

          Scenario: A cancelled scenario
            Given the monitor services are running
            When a step blocks until the scenario is cancelled
        """;

    [Fact]
    public async Task No_service_process_outlives_a_failed_timed_out_or_cancelled_scenario_with_a_throwing_hook()
    {
        var ct = TestContext.Current.CancellationToken;
        var started = new StartedServices();
        var results = new List<ScenarioResult>();
        await using (var broker = await TestBroker.StartEmbeddedAsync(ct))
        {
            var testRun = new ObjectContainer();
            testRun.RegisterInstanceAs(broker);
            testRun.RegisterInstanceAs(started);
            var runner = new ScenarioRunner(
                BindingRegistry.FromTypes([typeof(HygieneSteps), typeof(ThrowingHooks), typeof(ScenarioHooks), typeof(ReportHooks)]), testRun);
            var scenarios = FeatureLibrary.Parse("features/hygiene.feature", Feature).Scenarios;

            results.Add(await runner.RunAsync(scenarios[0], ct));
            results.Add(await runner.RunAsync(scenarios[1], ct));
            using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var cancelled = runner.RunAsync(scenarios[2], cancellation.Token);
            await started.Blocked.Task.WaitAsync(ct);
            await cancellation.CancelAsync();
            results.Add(await cancelled);
        }

        results.Should().OnlyContain(r => !r.Succeeded);
        results.Should().OnlyContain(r => r.Hooks.Any(h => h.Error != null && h.Error.Message == ThrowingHooks.Message));
        started.All.Should().HaveCount(6, "each scenario started fake_monitors and monitor_data");
        started.All.Should().OnlyContain(s => !s.IsRunning);
        LeftoverProcesses.Of().Should().BeEmpty();
    }

    [Fact]
    public async Task A_running_child_is_found_and_killed_as_a_leftover()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = new ServiceProcess("broker", LiveDataExecutable.Arguments("broker", "--port", "0"), ["bootstrap: "], new Dictionary<string, string?>());
        await broker.StartAsync(ServiceProcess.DefaultReadinessTimeout, ct);

        LeftoverProcesses.Of().Select(p => p.ProcessId).Should().Equal(broker.ProcessId!.Value);
        LeftoverProcesses.KillAll().Should().ContainSingle().Which.CommandLine.Should().Contain("livedata.dll broker");
        await broker.StopAsync(ServiceProcess.DefaultStopGrace);

        broker.IsRunning.Should().BeFalse();
        LeftoverProcesses.Of().Should().BeEmpty();
    }
}
