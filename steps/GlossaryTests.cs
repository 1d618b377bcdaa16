using FluentAssertions;
using LiveData.Acceptance.Support.Hooks;
using LiveData.Bdd;

namespace LiveData.Acceptance.Steps;

/// <summary>The committed step glossary (features/GLOSSARY.md) must list exactly the steps the bindings define.</summary>
public sealed class GlossaryTests
{
    private const string UpdateVariable = "LIVEDATA_UPDATE_GLOSSARY";

    [Fact]
    public void The_committed_glossary_matches_the_step_bindings()
    {
        var generated = StepGlossary.ToMarkdown(
            BindingRegistry.FromAssemblies(typeof(GlossaryTests).Assembly, typeof(ScenarioHooks).Assembly),
            FeatureLibrary.LoadDefault());
        var path = Path.Combine(RepositoryRoot(), "features", "GLOSSARY.md");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, generated);
        }

        File.Exists(path).Should().BeTrue($"the glossary is committed at {path}");
        File.ReadAllText(path).ReplaceLineEndings().Should().Be(generated.ReplaceLineEndings(),
            $"features/GLOSSARY.md must be regenerated after changing steps or features ({UpdateVariable}=1)");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LiveData.sln")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No LiveData.sln above {AppContext.BaseDirectory}");
    }
}
