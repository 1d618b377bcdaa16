using FluentAssertions;
using LiveData.Bdd;
using Xunit;

namespace LiveData.Tests.Bdd;

public sealed class HookTests
{
    [Fact]
    public async Task Hooks_run_by_ascending_order_around_the_steps()
    {
        var (result, recorder) = await BddHarness.RunAsync(
            """
            Feature: Ordering
              Scenario: Hooks in order
                Given a step
            """,
            typeof(OrderedHooks), typeof(RecordingSteps));

        result.Succeeded.Should().BeTrue(result.TestError?.ToString());
        recorder.Entries.Should().Equal("before 100", "before 300", "before default", "step", "after 5", "after default");
    }

    [Fact]
    public async Task Tag_scoped_hooks_run_only_for_scenarios_with_one_of_their_tags()
    {
        var results = await BddHarness.RunAllAsync(
            """
            @instrument:bifrost
            Feature: Scoping
              @slow
              Scenario: Slow one
                Given a step

              Scenario: Plain one
                Given a step
            """,
            typeof(ScopedHooks), typeof(RecordingSteps));

        results[0].Recorder.Entries.Should().Equal("any", "slow", "bifrost", "step");
        results[1].Recorder.Entries.Should().Equal("any", "bifrost", "step");
    }

    [Fact]
    public async Task AfterScenario_runs_after_a_failing_step_and_sees_the_error()
    {
        var (result, recorder) = await BddHarness.RunAsync(
            """
            Feature: Failure
              Scenario: Step fails
                Given a failing step
                And a step
            """,
            typeof(ErrorObservingHooks), typeof(RecordingSteps));

        result.Status.Should().Be(ScenarioExecutionStatus.TestError);
        recorder.Entries.Should().Equal("after saw: boom (TestError)");
        result.TestError.Should().BeOfType<InvalidOperationException>();
    }

    [Fact]
    public async Task Every_AfterScenario_hook_runs_even_when_one_throws()
    {
        var (result, recorder) = await BddHarness.RunAsync(
            """
            Feature: Cleanup
              Scenario: Hook fails
                Given a step
            """,
            typeof(ThrowingAfterHooks), typeof(RecordingSteps));

        recorder.Entries.Should().Equal("step", "first after", "second after");
        result.Succeeded.Should().BeFalse();
        result.Hooks.Select(h => h.Status.ToString()).Should().Equal("FAILED", "PASSED");
        var act = result.ThrowIfFailed;
        act.Should().Throw<ScenarioFailedException>().Which.Message.Should()
            .Contain("[AfterScenario] ThrowingAfterHooks.First() failed:").And.Contain("cleanup failed");
    }

    [Fact]
    public async Task A_failing_BeforeScenario_hook_skips_the_steps_but_not_the_AfterScenario_hooks()
    {
        var (result, recorder) = await BddHarness.RunAsync(
            """
            Feature: Setup
              Scenario: Setup fails
                Given a step
            """,
            typeof(ThrowingBeforeHooks), typeof(RecordingSteps));

        recorder.Entries.Should().Equal("after");
        result.Steps.Single().Status.ToString().Should().Be("SKIPPED");
        result.TestError.Should().BeOfType<TimeoutException>();
    }

    [Binding]
    public sealed class RecordingSteps(Recorder recorder)
    {
        [Given("a step")]
        public void Step() => recorder.Add("step");

        [Given("a failing step")]
        public void Failing() => throw new InvalidOperationException("boom");
    }

    [Binding]
    public sealed class OrderedHooks(Recorder recorder)
    {
        [BeforeScenario]
        public void Default() => recorder.Add("before default");

        [BeforeScenario(Order = 300)]
        public Task Later()
        {
            recorder.Add("before 300");
            return Task.CompletedTask;
        }

        [BeforeScenario(Order = 100)]
        public ValueTask First()
        {
            recorder.Add("before 100");
            return ValueTask.CompletedTask;
        }

        [AfterScenario]
        public void AfterDefault() => recorder.Add("after default");

        [AfterScenario(Order = 5)]
        public static void AfterFirst(Recorder r) => r.Add("after 5");
    }

    [Binding]
    public sealed class ScopedHooks(Recorder recorder)
    {
        [BeforeScenario(Order = 1)]
        public void Any() => recorder.Add("any");

        [BeforeScenario("@slow", Order = 2)]
        public void Slow() => recorder.Add("slow");

        [BeforeScenario("instrument:bifrost", Order = 3)]
        public void Bifrost() => recorder.Add("bifrost");

        [BeforeScenario("@fast")]
        public void Fast() => recorder.Add("fast");
    }

    [Binding]
    public sealed class ErrorObservingHooks(Recorder recorder, ScenarioContext scenarioContext)
    {
        [AfterScenario]
        public void After() =>
            recorder.Add($"after saw: {scenarioContext.TestError?.Message} ({scenarioContext.ScenarioExecutionStatus})");
    }

    [Binding]
    public sealed class ThrowingAfterHooks(Recorder recorder)
    {
        [AfterScenario(Order = 1)]
        public void First()
        {
            recorder.Add("first after");
            throw new IOException("cleanup failed");
        }

        [AfterScenario(Order = 2)]
        public void Second() => recorder.Add("second after");
    }

    [Binding]
    public sealed class ThrowingBeforeHooks(Recorder recorder)
    {
        [BeforeScenario]
        public void Before() => throw new TimeoutException("service not ready");

        [AfterScenario]
        public void After() => recorder.Add("after");
    }
}
