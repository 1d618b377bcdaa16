using FluentAssertions;
using LiveData.Bdd;
using Xunit;

namespace LiveData.Tests.Bdd;

public sealed class StepHookTests
{
    [Fact]
    public async Task Step_hooks_run_around_every_step_by_ascending_order()
    {
        var (result, recorder) = await BddHarness.RunAsync(BddHarness.Feature("    Given a step\n    And another step"), typeof(OrderedStepHooks), typeof(Steps));

        result.Succeeded.Should().BeTrue(result.TestError?.ToString());
        recorder.Entries.Should().Equal(
            "before 1", "before default", "step", "after 1", "after default: OK",
            "before 1", "before default", "another step", "after 1", "after default: OK");
        result.Hooks.Select(h => $"{h.HookType} {h.Step?.Text}").Should().Equal(
            "BeforeStep a step", "BeforeStep a step", "AfterStep a step", "AfterStep a step",
            "BeforeStep another step", "BeforeStep another step", "AfterStep another step", "AfterStep another step");
    }

    [Fact]
    public async Task Tag_scoped_step_hooks_run_only_in_scenarios_with_one_of_their_tags()
    {
        var results = await BddHarness.RunAllAsync(
            """
            Feature: Scoping
              @slow
              Scenario: Slow one
                Given a step

              Scenario: Plain one
                Given a step
            """,
            typeof(ScopedStepHooks), typeof(Steps));

        results[0].Recorder.Entries.Should().Equal("slow before", "step", "slow after");
        results[1].Recorder.Entries.Should().Equal("step");
    }

    [Fact]
    public async Task AfterStep_runs_after_a_failing_step_and_skipped_steps_get_no_step_hooks()
    {
        var (result, recorder) = await BddHarness.RunAsync(
            BddHarness.Feature("    Given a failing step\n    And a step"), typeof(OrderedStepHooks), typeof(Steps));

        recorder.Entries.Should().Equal("before 1", "before default", "after 1", "after default: TestError");
        result.Steps.Select(s => s.Status.ToString()).Should().Equal("FAILED", "SKIPPED");
        result.Hooks.Should().OnlyContain(h => h.Step!.Text == "a failing step");
    }

    [Fact]
    public async Task A_failing_BeforeStep_hook_fails_the_step_without_running_it_but_AfterStep_still_runs()
    {
        var (result, recorder) = await BddHarness.RunAsync(BddHarness.Feature("    Given a step\n    And another step"), typeof(ThrowingBeforeStep), typeof(Steps));

        recorder.Entries.Should().Equal("after: service not ready");
        result.Steps.Select(s => s.Status.ToString()).Should().Equal("FAILED", "SKIPPED");
        result.Steps[0].Error.Should().BeOfType<TimeoutException>();
        result.TestError.Should().BeSameAs(result.Steps[0].Error);
        result.Hooks.Select(h => $"{h.HookType} {h.Status}").Should().Equal("BeforeStep FAILED", "AfterStep PASSED");
    }

    [Fact]
    public async Task Steps_skipped_after_a_failing_BeforeScenario_hook_get_no_step_hooks()
    {
        var (result, recorder) = await BddHarness.RunAsync(BddHarness.Feature("    Given a step"), typeof(OrderedStepHooks), typeof(FailingSetup), typeof(Steps));

        recorder.Entries.Should().BeEmpty();
        result.Hooks.Select(h => h.HookType).Should().Equal(HookType.BeforeScenario);
    }

    [Binding]
    public sealed class Steps(Recorder recorder)
    {
        [Given("a step")]
        public void Step() => recorder.Add("step");

        [Given("another step")]
        public void Another() => recorder.Add("another step");

        [Given("a failing step")]
        public void Failing() => throw new InvalidOperationException("boom");
    }

    [Binding]
    public sealed class OrderedStepHooks(Recorder recorder, ScenarioContext scenarioContext)
    {
        [BeforeStep]
        public void BeforeDefault() => recorder.Add("before default");

        [BeforeStep(Order = 1)]
        public static void BeforeFirst(Recorder r) => r.Add("before 1");

        [AfterStep]
        public Task AfterDefault()
        {
            recorder.Add($"after default: {scenarioContext.ScenarioExecutionStatus}");
            return Task.CompletedTask;
        }

        [AfterStep(Order = 1)]
        public void AfterFirst() => recorder.Add("after 1");
    }

    [Binding]
    public sealed class ScopedStepHooks(Recorder recorder)
    {
        [BeforeStep("@slow")]
        public void Before() => recorder.Add("slow before");

        [AfterStep("slow")]
        public void After() => recorder.Add("slow after");

        [BeforeStep("@fast")]
        public void Fast() => recorder.Add("fast");
    }

    [Binding]
    public sealed class ThrowingBeforeStep(Recorder recorder, ScenarioContext scenarioContext)
    {
        [BeforeStep]
        public void Before() => throw new TimeoutException("service not ready");

        [AfterStep]
        public void After() => recorder.Add($"after: {scenarioContext.TestError?.Message}");
    }

    [Binding]
    public sealed class FailingSetup
    {
        [BeforeScenario]
        public void Before() => throw new TimeoutException("broker not ready");
    }
}
