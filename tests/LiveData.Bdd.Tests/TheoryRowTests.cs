using FluentAssertions;
using LiveData.Bdd.Features;
using LiveData.Bdd.Xunit;
using Xunit;

namespace LiveData.Bdd.Tests;

/// <summary>Each pickle becomes one xunit test: named "Feature: Scenario", filterable by Feature, Scenario and Tag, run alone when @serial.</summary>
public sealed class TheoryRowTests
{
    private static readonly List<ITheoryDataRow> Rows = [.. GherkinScenarios.All(FeatureFolder.Default)];

    [Fact]
    public void One_row_per_pickle_with_the_scenario_id_as_data()
    {
        Rows.Should().HaveCount(FeatureFolder.Default.Scenarios.Count());
        Rows.Select(r => (string)r.GetData()[0]!).Should().Contain(["outcomes.feature:8", "hygiene.feature:5"]).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Rows_are_named_and_traited_by_feature_scenario_and_tags()
    {
        var row = Rows.Single(r => r.TestDisplayName == "Adapter outcomes: Hooks run in order and by tag");

        row.Traits!["Feature"].Should().Equal("Adapter outcomes");
        row.Traits["Scenario"].Should().Equal("Hooks run in order and by tag");
        row.Traits["Tag"].Should().BeEquivalentTo("@hooked", "@sample");
        row.DisableParallelization.Should().BeFalse();
    }

    [Fact]
    public void Serial_scenarios_never_run_beside_others()
    {
        Rows.Where(r => r.DisableParallelization == true).Select(r => r.TestDisplayName).Should().Equal(
            "Adapter outcomes: An outline row with <count> events [count=5]",
            "Adapter outcomes: An outline row with <count> events [count=8]");
    }

    [Fact]
    public void Invalid_gherkin_names_the_file_and_line()
    {
        var parse = () => GherkinFeature.Parse("broken.feature", "Feature: Broken\n  Scenario: A\n    Given a step\n  Nonsense here\n", new Gherkin.CucumberMessages.IncrementingIdGenerator());

        parse.Should().Throw<InvalidDataException>().WithMessage("*broken.feature:4:*");
    }
}
