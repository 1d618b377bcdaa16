using FluentAssertions;
using LiveData.Bdd;
using Xunit;

namespace LiveData.Tests.Bdd;

public sealed class TestRunTests
{
    [Fact]
    public async Task Test_run_hooks_bracket_the_scenarios_and_share_run_wide_objects()
    {
        var recorder = new Recorder();
        var testRun = new TestRun(BindingRegistry.FromTypes(typeof(RunHooks), typeof(BrokerSteps)));
        testRun.Container.RegisterInstanceAs(recorder);
        var scenario = FeatureLibrary.Parse("features/run.feature", "Feature: Run\n  Scenario: Uses the broker\n    Given the broker\n").Scenarios[0];

        await testRun.BeforeTestRunAsync(TestContext.Current.CancellationToken);
        var result = await testRun.RunScenarioAsync(scenario, TestContext.Current.CancellationToken);
        await testRun.AfterTestRunAsync(TestContext.Current.CancellationToken);

        result.Succeeded.Should().BeTrue(result.TestError?.ToString());
        recorder.Entries.Should().Equal("before run 1", "before run 2", "broker 1", "after run", "broker disposed");
    }

    [Fact]
    public async Task Every_AfterTestRun_hook_runs_and_failures_are_thrown_together()
    {
        var recorder = new Recorder();
        var testRun = new TestRun(BindingRegistry.FromTypes(typeof(FailingRunHooks)));
        testRun.Container.RegisterInstanceAs(recorder);

        var act = () => testRun.AfterTestRunAsync(TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<AggregateException>()).Which.InnerExceptions.Should().ContainSingle();
        recorder.Entries.Should().Equal("second after run");
    }

    public sealed class Broker(Recorder recorder) : IAsyncDisposable
    {
        public int Number { get; } = 1;

        public ValueTask DisposeAsync()
        {
            recorder.Add("broker disposed");
            return ValueTask.CompletedTask;
        }
    }

    [Binding]
    public static class RunHooks
    {
        [BeforeTestRun(Order = 2)]
        public static void StartBroker(BoDi.IObjectContainer container, Recorder recorder)
        {
            recorder.Add("before run 2");
            container.Resolve<Broker>();
        }

        [BeforeTestRun(Order = 1)]
        public static Task First(Recorder recorder, CancellationToken cancellationToken)
        {
            recorder.Add("before run 1");
            return Task.Delay(1, cancellationToken);
        }

        [AfterTestRun]
        public static void After(Recorder recorder) => recorder.Add("after run");
    }

    [Binding]
    public sealed class BrokerSteps(Broker broker, Recorder recorder)
    {
        [Given("the broker")]
        public void TheBroker() => recorder.Add($"broker {broker.Number}");
    }

    [Binding]
    public static class FailingRunHooks
    {
        [AfterTestRun(Order = 1)]
        public static void First() => throw new InvalidOperationException("broker did not stop");

        [AfterTestRun(Order = 2)]
        public static void Second(Recorder recorder) => recorder.Add("second after run");
    }
}
