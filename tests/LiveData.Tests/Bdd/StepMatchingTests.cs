using FluentAssertions;
using LiveData.Bdd;
using Xunit;

namespace LiveData.Tests.Bdd;

public sealed class StepMatchingTests
{
    [Fact]
    public async Task And_and_But_steps_take_the_keyword_of_the_step_before_them()
    {
        var (result, recorder) = await BddHarness.RunAsync(
            """
            Feature: Keywords
              Scenario: Conjunctions
                Given the detector
                And the monitor
                When the run starts
                But the monitor
                Then any keyword monitor
            """,
            typeof(KeywordSteps));

        result.Succeeded.Should().BeTrue(result.TestError?.ToString());
        recorder.Entries.Should().Equal("given detector", "given monitor", "when run", "when monitor", "any monitor");
    }

    [Fact]
    public async Task An_undefined_step_fails_with_a_ready_to_paste_snippet()
    {
        var (result, _) = await BddHarness.RunAsync(
            """
            Feature: Undefined
              Scenario: Missing bindings
                Given the detector is 12 metres away
                When the operator selects "monitor histogram" with 2.5 scale
                Then the result has these bins
                  | bins |
                  | 200  |
            """);

        result.Status.Should().Be(ScenarioExecutionStatus.UndefinedStep);
        result.Steps.Select(s => s.Status.ToString()).Should().Equal("UNDEFINED", "UNDEFINED", "UNDEFINED");
        var act = result.ThrowIfFailed;
        act.Should().Throw<ScenarioFailedException>().Which.Message.Should()
            .Contain("Step `Given the detector is 12 metres away` at features/test.feature:3 is undefined")
            .And.Contain("""[Given("the detector is {int} metres away")] public void GivenTheDetectorIsMetresAway(int p0) => throw new PendingStepException();""")
            .And.Contain("""[When("the operator selects {string} with {float} scale")] public void WhenTheOperatorSelectsWithScale(string p0, double p1) => throw new PendingStepException();""")
            .And.Contain("""[Then("the result has these bins")] public void ThenTheResultHasTheseBins(Table table) => throw new PendingStepException();""");
    }

    [Fact]
    public async Task An_ambiguous_step_fails_listing_the_candidate_methods()
    {
        var (result, _) = await BddHarness.RunAsync(
            """
            Feature: Ambiguous
              Scenario: Two bindings match
                Given 3 monitors
            """,
            typeof(AmbiguousSteps));

        result.Status.Should().Be(ScenarioExecutionStatus.BindingError);
        var act = result.ThrowIfFailed;
        act.Should().Throw<ScenarioFailedException>().Which.Message.Should()
            .Contain("Step `Given 3 monitors` at features/test.feature:3 matches more than one step definition")
            .And.Contain("AmbiguousSteps.Count(Int32)")
            .And.Contain("AmbiguousSteps.Anything(String)");
    }

    [Fact]
    public async Task A_pending_step_fails_as_pending_and_skips_the_rest()
    {
        var (result, recorder) = await BddHarness.RunAsync(
            """
            Feature: Pending
              Scenario: Not yet automated
                Given a pending step
                And the detector
            """,
            typeof(PendingSteps), typeof(KeywordSteps));

        result.Status.Should().Be(ScenarioExecutionStatus.StepDefinitionPending);
        result.Succeeded.Should().BeFalse();
        result.Steps.Select(s => s.Status.ToString()).Should().Equal("PENDING", "SKIPPED");
        recorder.Entries.Should().BeEmpty();
        var act = result.ThrowIfFailed;
        act.Should().Throw<ScenarioFailedException>().Which.Message.Should()
            .Contain("is pending").And.Contain("Step `Given a pending step` at features/test.feature:3 is pending: The step definition is not implemented.");
    }

    [Fact]
    public async Task A_failing_step_names_the_step_its_location_and_the_inner_exception()
    {
        var (result, _) = await BddHarness.RunAsync(
            """
            Feature: Failure
              Scenario: A step throws
                Given the monitor data service is running
                And the detector
            """,
            typeof(FailingSteps), typeof(KeywordSteps));

        result.Steps.Select(s => s.Status.ToString()).Should().Equal("FAILED", "SKIPPED");
        var act = result.ThrowIfFailed;
        var failure = act.Should().Throw<ScenarioFailedException>().Which;
        failure.Message.Should()
            .StartWith("Scenario 'Failure: A step throws' (features/test.feature:2) failed.")
            .And.Contain("Step `Given the monitor data service is running` at features/test.feature:3 failed:")
            .And.Contain("InvalidOperationException: service did not start");
        failure.InnerException.Should().BeOfType<InvalidOperationException>();
    }

    [Fact]
    public async Task Steps_after_a_failure_are_skipped_but_undefined_ones_are_still_reported()
    {
        var (result, _) = await BddHarness.RunAsync(
            """
            Feature: Failure
              Scenario: A step throws before an undefined one
                Given the monitor data service is running
                And the detector
                Then the operator sees 3 alarms
            """,
            typeof(FailingSteps), typeof(KeywordSteps));

        result.Steps.Select(s => s.Status.ToString()).Should().Equal("FAILED", "SKIPPED", "UNDEFINED");
        result.Status.Should().Be(ScenarioExecutionStatus.TestError);
        var act = result.ThrowIfFailed;
        act.Should().Throw<ScenarioFailedException>().Which.Message.Should()
            .Contain("""[Then("the operator sees {int} alarms")] public void ThenTheOperatorSeesAlarms(int p0)""");
    }

    [Fact]
    public void Invalid_bindings_are_reported_together_when_the_registry_is_built()
    {
        var act = () => BindingRegistry.FromTypes(typeof(InvalidSteps));

        act.Should().Throw<BindingException>().Which.Message.Should()
            .Contain("InvalidSteps.AsyncVoid()").And.Contain("async void")
            .And.Contain("InvalidSteps.UnknownType(String)").And.Contain("Undefined parameter type {colour}")
            .And.Contain("InvalidSteps.WrongCount()").And.Contain("has 1 parameter(s)")
            .And.Contain("InvalidSteps.NotStatic()").And.Contain("[BeforeTestRun] hooks must be static");
    }

    [Binding]
    public sealed class KeywordSteps(Recorder recorder)
    {
        [Given("the detector")]
        public void GivenDetector() => recorder.Add("given detector");

        [Given("the monitor")]
        public void GivenMonitor() => recorder.Add("given monitor");

        [When("the run starts")]
        public void WhenRun() => recorder.Add("when run");

        [When("the monitor")]
        public void WhenMonitor() => recorder.Add("when monitor");

        [StepDefinition("any keyword monitor")]
        public void AnyMonitor() => recorder.Add("any monitor");
    }

    [Binding]
    public sealed class AmbiguousSteps
    {
        [Given("{int} monitors")]
        public void Count(int count) => _ = count;

        [Given("{} monitors")]
        public void Anything(string text) => _ = text;
    }

    [Binding]
    public sealed class PendingSteps
    {
        [Given("a pending step")]
        public void Pending() => throw new PendingStepException();
    }

    [Binding]
    public sealed class FailingSteps
    {
        [Given("the monitor data service is running")]
        public void Running() => throw new InvalidOperationException("service did not start");
    }

    [Binding]
    public sealed class InvalidSteps
    {
        [Given("async void")]
        public async void AsyncVoid() => await Task.Yield();

        [Given("a {colour} detector")]
        public void UnknownType(string colour) => _ = colour;

        [Given("{int} pulses")]
        public void WrongCount()
        {
        }

        [BeforeTestRun]
        public void NotStatic()
        {
        }
    }
}
