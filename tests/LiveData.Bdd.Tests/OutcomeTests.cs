using FluentAssertions;
using LiveData.Bdd.Features;
using LiveData.Bdd.Runtime;
using LiveData.Bdd.Tests.Samples;
using LiveData.Bdd.Xunit;
using Reqnroll;
using Xunit;
using Xunit.Sdk;

[assembly: AssemblyFixture(typeof(ReqnrollTestRun))]

namespace LiveData.Bdd.Tests;

/// <summary>The sample scenarios of features/outcomes.feature, each run on Reqnroll through the adapter, end as Reqnroll says they should.</summary>
public sealed class OutcomeTests
{
    [Fact]
    public async Task Tables_doc_strings_transformations_and_context_injection_reach_the_bindings() =>
        await RunAsync("Tables, doc strings and transformations reach the bindings");

    [Fact]
    public async Task A_failing_step_fails_the_test_with_its_own_exception_and_skips_the_rest()
    {
        var run = () => RunAsync("A step that fails");

        await run.Should().ThrowExactlyAsync<InvalidOperationException>().WithMessage("deliberately");
        ScenarioEnds.ByTitle["A step that fails"].Should().Be(ScenarioExecutionStatus.TestError, "the after-scenario hook still ran");
        ScenarioEnds.StepFailuresByTitle["A step that fails"].Should().Be("this step fails with \"deliberately\": deliberately",
            "the step-failure handler heard of it while the failing step was the current one");
    }

    [Fact]
    public async Task A_passing_scenario_tells_the_step_failure_handler_nothing()
    {
        await RunAsync("Tables, doc strings and transformations reach the bindings");

        ScenarioEnds.StepFailuresByTitle.Should().NotContainKey("Tables, doc strings and transformations reach the bindings");
    }

    [Fact]
    public async Task An_undefined_step_fails_with_the_snippet_to_paste()
    {
        var run = () => RunAsync("An undefined step");

        (await run.Should().ThrowExactlyAsync<PendingScenarioException>())
            .Which.Message.Should().Contain("No matching step definition").And.Contain("[Given(\"a step nobody has written yet\")]");
    }

    [Fact]
    public async Task A_pending_step_is_reported_pending()
    {
        var run = () => RunAsync("A pending step");

        (await run.Should().ThrowExactlyAsync<PendingScenarioException>()).Which.Message.Should().Contain("not implemented yet").And.Contain(nameof(SampleSteps.GivenAPendingStep));
        ScenarioEnds.ByTitle["A pending step"].Should().Be(ScenarioExecutionStatus.StepDefinitionPending);
    }

    [Fact]
    public async Task An_ambiguous_step_names_both_candidates()
    {
        var run = () => RunAsync("An ambiguous step");

        (await run.Should().ThrowAsync<Exception>())
            .Which.Message.Should().Contain("Ambiguous").And.Contain(nameof(SampleSteps.GivenAStepTwoBindingsAnswer)).And.Contain(nameof(OtherSampleSteps.GivenTheSameStepAgain));
    }

    [Fact]
    public async Task An_ignored_scenario_is_skipped_without_running_its_steps()
    {
        var run = () => RunAsync("An ignored scenario");

        await run.Should().ThrowExactlyAsync<SkipException>();
    }

    [Fact]
    public async Task Each_outline_row_runs_with_its_own_values()
    {
        var rows = Scenarios("An outline row with <count> events");

        rows.Select(r => r.DisplayName).Should().Equal(
            "Adapter outcomes: An outline row with <count> events [count=5]",
            "Adapter outcomes: An outline row with <count> events [count=8]");
        foreach (var row in rows)
        {
            await ScenarioRunner.RunAsync(row, ReqnrollTestRun.TestAssembly, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Before_scenario_hooks_run_in_order_and_only_for_their_tags() =>
        await RunAsync("Hooks run in order and by tag");

    private static Task RunAsync(string title) =>
        ScenarioRunner.RunAsync(Scenarios(title).Single(), ReqnrollTestRun.TestAssembly, TestContext.Current.CancellationToken);

    private static List<ScenarioCase> Scenarios(string title) => [.. FeatureFolder.Default.Scenarios.Where(s => s.Title == title)];
}
