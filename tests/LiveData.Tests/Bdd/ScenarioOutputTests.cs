using FluentAssertions;
using LiveData.Bdd;
using Xunit;

namespace LiveData.Tests.Bdd;

public sealed class ScenarioOutputTests
{
    [Fact]
    public async Task Steps_their_outcome_and_binding_output_go_to_the_test_output()
    {
        var (result, _) = await BddHarness.RunAsync(
            """
            Feature: Output
              Scenario: Progress
                Given the driver logs "hello"
                And a table
                  | a |
                  | 1 |
                Then nothing else
            """,
            typeof(LoggingSteps));

        result.Status.Should().Be(ScenarioExecutionStatus.UndefinedStep);
        TestContext.Current.TestOutputHelper!.Output.Should()
            .Contain("Given the driver logs \"hello\"")
            .And.Contain("[driver] hello")
            .And.Contain("-> done: LoggingSteps.Logs(String)")
            .And.Contain("| a |")
            .And.Contain("Then nothing else")
            .And.Contain("-> undefined: no step definition matches this step");
    }

    [Binding]
    public sealed class LoggingSteps(ScenarioOutput output)
    {
        [Given("the driver logs {string}")]
        public void Logs(string text) => output.WriteLine("[driver] {0}", text);

        [Given("a table")]
        public static void ATable(Table table) => _ = table;
    }
}
