using FluentAssertions;
using LiveData.Bdd;
using Xunit;

namespace LiveData.Tests.Bdd;

public sealed class ScenarioTraitTests
{
    [Fact]
    public void Each_theory_row_carries_its_scenario_name_as_in_the_display_name_as_the_Scenario_trait()
    {
        var features = FeatureLibrary.Parse(
            "features/traits.feature",
            """
            Feature: Traits
              Scenario: Plain one
                Given a step

              Scenario Outline: Binned <bins>
                Given <bins> bins

                Examples:
                  | bins |
                  | 1    |
                  | 2    |
            """);

        GherkinScenarios.All(features).Select(row => row.Traits!["Scenario"].Single())
            .Should().Equal("Plain one", "Binned 1", "Binned 2");
    }
}
