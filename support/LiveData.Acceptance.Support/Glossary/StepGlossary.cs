using System.Reflection;
using System.Text;
using LiveData.Bdd.Features;

namespace LiveData.Acceptance.Support.Glossary;

/// <summary>
/// The scenario writer's reference as Markdown (features/GLOSSARY.md, printed by <c>livedata steps</c>): the domain words,
/// tags, service groups and instruments from their definitions in code, and every step phrase from Reqnroll's bindings
/// with an example from the feature files. Everything is generated, so it cannot drift from what the suite runs.
/// </summary>
public static class StepGlossary
{
    public const string UpdateVariable = "LIVEDATA_UPDATE_GLOSSARY";

    /// <param name="testAssembly">The assembly holding the step bindings; reqnroll.json beside it names the other binding assemblies.</param>
    /// <param name="features">The feature files the examples are taken from.</param>
    public static string ToMarkdown(Assembly testAssembly, FeatureFolder features)
    {
        var text = new StringBuilder()
            .AppendLine("# Scenario glossary")
            .AppendLine()
            .AppendLine("What you need to write an acceptance scenario: the words, tags, service groups, instruments and every step")
            .AppendLine("phrase the suite understands. `livedata steps` prints this page. It is generated from the code; do not edit it")
            .AppendLine("by hand: a test fails when it is out of date, and regenerates it with")
            .AppendLine($"`{UpdateVariable}=1 dotnet test --project steps/LiveData.Acceptance.csproj -- --filter-class LiveData.Acceptance.Steps.GlossaryTests`.")
            .AppendLine()
            .AppendLine("To write a scenario: copy a feature file under `features/` that is close to what you want (subfolders are fine), tag")
            .AppendLine("it with the instrument, start the service group the workflow needs, start the workflow for sources of that")
            .AppendLine("instrument and check its outputs, using only the phrases under Steps. Run it with")
            .AppendLine("`dotnet test --project steps/LiveData.Acceptance.csproj -- --filter-trait \"Feature=<feature name>\"`. A step that")
            .AppendLine("matches no phrase fails with a ready-to-paste binding for an engineer.");
        WordsSection.Write(text);
        SetupSection.Write(text);
        InstrumentSection.Write(text);
        StepSection.Write(text, StepBindings.Discover(testAssembly), features);
        return text.ToString();
    }
}
