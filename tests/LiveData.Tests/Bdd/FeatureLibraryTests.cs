using FluentAssertions;
using LiveData.Bdd;
using Xunit;

namespace LiveData.Tests.Bdd;

public sealed class FeatureLibraryTests
{
    private const string Reconfiguration = """
        @instrument:bifrost
        Feature: Reconfiguring a running workflow

          Background:
            Given the monitor data service is running for bifrost

          Rule: An invalid configuration never disturbs a running job

          Scenario Outline: Invalid binning is rejected
            When the operator changes the time-of-arrival bins to <bins>
            Then the reconfiguration is rejected because "<reason>"
            @slow
            Examples:
              | description | bins    | reason                |
              | zero bins   | 0       | bins must be positive |
              | too many    | 2000000 | bins exceed the limit |

          Scenario: Changing the binning restarts accumulation
            When the operator changes the time-of-arrival bins to 200
        """;

    [Fact]
    public void Outline_rows_become_separate_cases_with_readable_names_and_stable_ids()
    {
        var library = FeatureLibrary.Parse("reconfiguration.feature", Reconfiguration);

        library.Scenarios.Select(s => (s.Id, s.DisplayName)).Should().Equal(
            ("reconfiguration.feature:15", "Reconfiguring a running workflow: Invalid binning is rejected [description=zero bins, bins=0, reason=bins must be positive]"),
            ("reconfiguration.feature:16", "Reconfiguring a running workflow: Invalid binning is rejected [description=too many, bins=2000000, reason=bins exceed the limit]"),
            ("reconfiguration.feature:18", "Reconfiguring a running workflow: Changing the binning restarts accumulation"));
        library.Get("reconfiguration.feature:16").Steps[1].Text.Should().Be("the operator changes the time-of-arrival bins to 2000000");
    }

    [Fact]
    public void Background_steps_are_prepended_with_the_keyword_and_line_they_were_written_with()
    {
        var scenario = FeatureLibrary.Parse("reconfiguration.feature", Reconfiguration).Scenarios[2];

        scenario.Steps.Select(s => (s.ToString(), s.Line)).Should().Equal(
            ("Given the monitor data service is running for bifrost", 5),
            ("When the operator changes the time-of-arrival bins to 200", 19));
    }

    [Fact]
    public void Tags_include_those_inherited_from_the_feature_and_the_examples()
    {
        var scenarios = FeatureLibrary.Parse("reconfiguration.feature", Reconfiguration).Scenarios;

        scenarios[0].ScenarioInfo.Tags.Should().Equal("instrument:bifrost", "slow");
        scenarios[0].ScenarioInfo.CombinedTags.Should().Equal("instrument:bifrost", "slow");
        scenarios[2].ScenarioInfo.Tags.Should().Equal("instrument:bifrost");
        scenarios[2].FeatureInfo.Tags.Should().Equal("instrument:bifrost");
    }

    [Fact]
    public void Theory_rows_carry_the_id_the_display_name_and_tag_and_feature_traits()
    {
        var rows = GherkinScenarios.All(FeatureLibrary.Parse("reconfiguration.feature", Reconfiguration)).ToList();

        rows.Should().HaveCount(3);
        rows[0].GetData().Should().Equal("reconfiguration.feature:15");
        rows[0].TestDisplayName.Should().Be(
            "Reconfiguring a running workflow: Invalid binning is rejected [description=zero bins, bins=0, reason=bins must be positive]");
        rows[0].Traits!["Tag"].Should().BeEquivalentTo("@instrument:bifrost", "@slow");
        rows[0].Traits!["Feature"].Should().BeEquivalentTo("Reconfiguring a running workflow");
    }

    [Fact]
    public void A_folder_of_features_is_loaded_with_ids_relative_to_it()
    {
        var directory = Directory.CreateTempSubdirectory("bdd-features-");
        try
        {
            var features = Directory.CreateDirectory(Path.Combine(directory.FullName, "features", "monitoring"));
            File.WriteAllText(Path.Combine(features.FullName, "histogram.feature"), "Feature: Histogram\n  Scenario: Counts\n    Given events\n");

            var scenario = FeatureLibrary.Load(features.Parent!.FullName).Scenarios.Single();

            scenario.Id.Should().Be("monitoring/histogram.feature:2");
            scenario.FeatureInfo.FilePath.Should().Be("features/monitoring/histogram.feature");
            scenario.Location.Should().Be("features/monitoring/histogram.feature:2");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_parse_error_names_the_file_and_line()
    {
        var act = () => FeatureLibrary.Parse("features/broken.feature", "Feature: Broken\n  Scenario: A\n    Given x\n  This is not Gherkin\n");

        act.Should().Throw<FeatureParseException>()
            .WithMessage("features/broken.feature is not valid Gherkin:*features/broken.feature:4:*This is not Gherkin*");
    }
}
