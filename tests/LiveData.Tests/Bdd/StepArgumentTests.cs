using FluentAssertions;
using LiveData.Bdd;
using Xunit;

namespace LiveData.Tests.Bdd;

public sealed class StepArgumentTests
{
    public enum Mode
    {
        Live,
        DryRun,
    }

    [Fact]
    public async Task Cucumber_expression_parameters_convert_to_the_method_parameter_types()
    {
        var (result, recorder) = await BddHarness.RunAsync(
            """
            Feature: Parameters
              Scenario: All built-in parameter types
                Given 42 events and 9000000000 more
                And a ratio of 2.5
                And the source monitor_1
                And the name "monitor histogram" and 'single' quoted
                And anything goes here
            """,
            typeof(ParameterSteps));

        result.Succeeded.Should().BeTrue(result.TestError?.ToString());
        recorder.Entries.Should().Equal(42, 9000000000L, 2.5, "monitor_1", "monitor histogram", "single", "anything goes here");
    }

    [Theory]
    [InlineData("Given 1 cucumber in my belly", 1)]
    [InlineData("Given 3 cucumbers in my stomach", 3)]
    public async Task Optional_text_and_alternatives_match(string step, int expected)
    {
        var (result, recorder) = await BddHarness.RunAsync(
            $"""
            Feature: Optional text
              Scenario: Cucumbers
                {step}
            """,
            typeof(OptionalTextSteps));

        result.Succeeded.Should().BeTrue(result.TestError?.ToString());
        recorder.Entries.Should().Equal(expected);
    }

    [Fact]
    public async Task Regular_expressions_are_used_when_the_text_looks_like_one()
    {
        var (result, recorder) = await BddHarness.RunAsync(
            """
            Feature: Regex
              Scenario: Anchored and unanchored regexes
                Given the workflow runs for 12 pulses
                When I execute the tests twice
                Then the mode is dry run
                And the job is enabled
            """,
            typeof(RegexSteps));

        result.Succeeded.Should().BeTrue(result.TestError?.ToString());
        recorder.Entries.Should().Equal(12, "twice", Mode.DryRun, true);
    }

    [Fact]
    public async Task Step_argument_transformations_turn_text_into_domain_values()
    {
        var (result, recorder) = await BddHarness.RunAsync(
            """
            Feature: Transformations
              Scenario: Durations
                Given a timeout of 5 seconds
                And a named duration of 1 second
                And a plain time span of 00:01:30
            """,
            typeof(TransformationSteps));

        result.Succeeded.Should().BeTrue(result.TestError?.ToString());
        recorder.Entries.Should().Equal(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(90));
    }

    [Fact]
    public async Task A_trailing_table_or_doc_string_parameter_receives_the_step_argument()
    {
        var (result, recorder) = await BddHarness.RunAsync(
            """"
            Feature: Step arguments
              Scenario: Tables and doc strings
                Given these bins
                  | name    | bins |
                  | monitor | 200  |
                And this configuration
                  """
                  {"bins": 200}
                  """
                And these limits
                  | limit |
                  | 7     |
            """",
            typeof(StepArgumentSteps));

        result.Succeeded.Should().BeTrue(result.TestError?.ToString());
        recorder.Entries.Should().Equal("monitor=200", "{\"bins\": 200}", 7);
    }

    [Fact]
    public async Task A_trailing_cancellation_token_receives_the_test_token()
    {
        var (result, recorder) = await BddHarness.RunAsync(
            """
            Feature: Cancellation
              Scenario: Async step
                When the service waits 1 times
            """,
            typeof(AsyncSteps));

        result.Succeeded.Should().BeTrue(result.TestError?.ToString());
        recorder.Entries.Should().Equal(1, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_value_that_does_not_convert_is_a_binding_error_naming_the_parameter()
    {
        var (result, _) = await BddHarness.RunAsync(
            """
            Feature: Conversion
              Scenario: Bad enum
                Then the mode is warp speed
            """,
            typeof(RegexSteps));

        result.Status.Should().Be(ScenarioExecutionStatus.BindingError);
        result.TestError!.Message.Should().Contain("Parameter 'mode'").And.Contain("'warp speed' is not a valid Mode");
    }

    [Binding]
    public sealed class ParameterSteps(Recorder recorder)
    {
        [Given("{int} events and {long} more")]
        public void Events(int count, long more)
        {
            recorder.Add(count);
            recorder.Add(more);
        }

        [Given("a ratio of {float}")]
        public void Ratio(double ratio) => recorder.Add(ratio);

        [Given("the source {word}")]
        public void Source(string source) => recorder.Add(source);

        [Given("the name {string} and {string} quoted")]
        public void Name(string name, string other)
        {
            recorder.Add(name);
            recorder.Add(other);
        }

        [Given("anything {}")]
        public void Anything(string rest) => recorder.Add("anything " + rest);
    }

    [Binding]
    public sealed class OptionalTextSteps(Recorder recorder)
    {
        [Given("{int} cucumber(s) in my belly/stomach")]
        public void Cucumbers(int count) => recorder.Add(count);
    }

    [Binding]
    public sealed class RegexSteps(Recorder recorder)
    {
        [Given(@"^the workflow runs for (\d+) pulses$")]
        public void Pulses(int pulses) => recorder.Add(pulses);

        [When(@"I execute the tests (once|twice|\d+ times)")]
        public void Execute(string times) => recorder.Add(times);

        [Then(@"^the mode is (.+)$")]
        public void TheModeIs(Mode mode) => recorder.Add(mode);

        [Then(@"^the job is (enabled|disabled)$")]
        public void Enabled(bool enabled) => recorder.Add(enabled);

        [StepArgumentTransformation("(enabled|disabled)")]
        public static bool ToEnabled(string text) => text == "enabled";
    }

    [Binding]
    public sealed class TransformationSteps(Recorder recorder)
    {
        [Given(@"^a timeout of (.+)$")]
        public void Timeout(TimeSpan timeout) => recorder.Add(timeout);

        [Given("a named duration of {duration}")]
        public void Named(TimeSpan duration) => recorder.Add(duration);

        [Given("a plain time span of {}")]
        public void Plain(TimeSpan span) => recorder.Add(span);

        [StepArgumentTransformation(@"(\d+) seconds?", Name = "duration")]
        public TimeSpan Seconds(int seconds) => TimeSpan.FromSeconds(seconds);
    }

    [Binding]
    public sealed class StepArgumentSteps(Recorder recorder)
    {
        [Given("these bins")]
        public void Bins(Table table) => recorder.Add(string.Join(",", table.Rows.Select(r => $"{r["name"]}={r["bins"]}")));

        [Given("this configuration")]
        public void Configuration(string json) => recorder.Add(json);

        [Given("these limits")]
        public void Limits(Limit limit) => recorder.Add(limit.Value);

        [StepArgumentTransformation]
        public static Limit ToLimit(Table table) => new(int.Parse(table.Rows[0]["limit"], System.Globalization.CultureInfo.InvariantCulture));
    }

    public sealed record Limit(int Value);

    [Binding]
    public sealed class AsyncSteps(Recorder recorder)
    {
        [When("the service waits {int} times")]
        public async Task Waits(int times, CancellationToken cancellationToken)
        {
            await Task.Yield();
            recorder.Add(times);
            recorder.Add(cancellationToken);
        }
    }
}
