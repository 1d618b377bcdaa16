using LiveData.Acceptance.Support.Glossary;
using LiveData.Bdd.Features;
using LiveData.Checkout;

namespace LiveData.Acceptance.Steps;

/// <summary>The committed glossary (features/GLOSSARY.md, printed by <c>livedata steps</c>) must be what the bindings, features and instruments generate.</summary>
public sealed class GlossaryTests
{
    [Fact]
    public void The_committed_glossary_is_up_to_date()
    {
        var generated = StepGlossary.ToMarkdown(typeof(GlossaryTests).Assembly, FeatureFolder.Default);
        var path = Path.Combine(RepositoryRoot.OfTestAssembly(), "features", "GLOSSARY.md");
        if (Environment.GetEnvironmentVariable(StepGlossary.UpdateVariable) == "1")
        {
            File.WriteAllText(path, generated);
        }

        File.Exists(path).Should().BeTrue($"the glossary is committed at {path}");
        File.ReadAllText(path).ReplaceLineEndings().Should().Be(generated.ReplaceLineEndings(),
            $"features/GLOSSARY.md is generated from the step bindings, the features and the instruments; after changing any of them run " +
            $"{StepGlossary.UpdateVariable}=1 dotnet test --project steps/LiveData.Acceptance.csproj -- --filter-class LiveData.Acceptance.Steps.GlossaryTests " +
            "and commit the file");
    }
}
