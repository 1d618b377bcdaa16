using FluentAssertions;
using LiveData.Bdd;
using Xunit;

namespace LiveData.Tests.Bdd;

public sealed class FeatureSourceTests
{
    [Fact]
    public void Features_of_one_library_keep_their_source_and_never_share_pickle_ids()
    {
        var directory = Directory.CreateTempSubdirectory("livedata-features-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "a.feature"), "Feature: A\n  Scenario: One\n    Given a step\n");
            File.WriteAllText(Path.Combine(directory.FullName, "b.feature"), "Feature: B\n  Scenario: Two\n    Given a step\n");

            var scenarios = FeatureLibrary.Load(directory.FullName).Scenarios;

            scenarios.Select(s => s.Pickle.Id).Should().OnlyHaveUniqueItems();
            scenarios.SelectMany(s => s.Pickle.Steps).Select(s => s.Id).Should().OnlyHaveUniqueItems();
            scenarios[1].Source.Uri.Should().Be($"{directory.Name}/b.feature");
            scenarios[1].Source.Text.Should().StartWith("Feature: B");
            scenarios[1].Source.Document.Feature.Name.Should().Be("B");
            scenarios[1].Pickle.Uri.Should().Be(scenarios[1].Source.Uri);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
