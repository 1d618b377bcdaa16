using FluentAssertions;
using LiveData.Bdd;
using Xunit;

namespace LiveData.Tests.Bdd;

/// <summary>Scenarios tagged @serial (on themselves or their feature) are the only rows that may not run in parallel.</summary>
public sealed class SerialScenarioTests
{
    private static IReadOnlyDictionary<string, bool?> SerialByTitle(string gherkin) =>
        GherkinScenarios.All(FeatureLibrary.Parse("features/serial.feature", gherkin))
            .ToDictionary(row => row.Traits!["Scenario"].Single(), row => row.DisableParallelization);

    [Fact]
    public void Only_serial_scenarios_disable_parallelization()
    {
        var rows = SerialByTitle(
            """
            Feature: Mixed
              Scenario: Light
                Given a step

              @serial
              Scenario: Heavy
                Given a step
            """);

        rows.Should().BeEquivalentTo(new Dictionary<string, bool?> { ["Light"] = false, ["Heavy"] = true });
    }

    [Fact]
    public void A_serial_feature_makes_every_scenario_serial()
    {
        var rows = SerialByTitle(
            """
            @serial
            Feature: Heavy load
              Scenario Outline: Load <n>
                Given a step

                Examples:
                  | n |
                  | 1 |
                  | 2 |
            """);

        rows.Values.Should().AllBeEquivalentTo(true).And.HaveCount(2);
    }
}
