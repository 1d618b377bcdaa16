using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace LiveData.Bdd;

/// <summary>
/// The published step vocabulary as Markdown: every step phrase, grouped by the concept its binding
/// class names, with its parameters and an example taken from the feature files.
/// </summary>
public static partial class StepGlossary
{
    public static string ToMarkdown(BindingRegistry registry, FeatureLibrary features)
    {
        var steps = features.Scenarios.SelectMany(s => s.Steps.Select(step => (Scenario: s, Step: step))).ToList();
        var text = new StringBuilder();
        text.AppendLine("# Step glossary").AppendLine()
            .AppendLine("Every step phrase the acceptance suite understands, generated from the step bindings. Write new")
            .AppendLine("scenarios with these phrases only; `livedata steps` prints this page. Do not edit it by hand:")
            .AppendLine("a test fails when it is out of date; regenerate it with")
            .AppendLine("`LIVEDATA_UPDATE_GLOSSARY=1 dotnet test --project steps/LiveData.Acceptance.csproj -- --filter-class LiveData.Acceptance.Steps.GlossaryTests`.")
            .AppendLine()
            .AppendLine("Parameters: `{int}` a whole number, `{float}` a number, `{word}` one word without spaces,")
            .AppendLine("`{string}` text in \"double quotes\". `(s)` marks an optional letter, `a/b` alternatives.")
            .AppendLine("Tags: `@instrument:NAME` picks the instrument (default `dummy`).");
        foreach (var concept in registry.StepDefinitions.GroupBy(d => d.BindingType).OrderBy(g => g.Key.Name, StringComparer.Ordinal))
        {
            text.AppendLine().AppendLine($"## {Concept(concept.Key)}").AppendLine()
                .AppendLine("| Step | Parameters | Example |")
                .AppendLine("|---|---|---|");
            foreach (var definition in concept.OrderBy(d => d.Method.MetadataToken).ThenBy(d => d.Types[0]))
            {
                text.AppendLine($"| {string.Join("/", definition.Types)} `{Source(definition)}` | {Parameters(definition)} | {Example(definition, steps)} |");
            }
        }
        return text.ToString();
    }

    private static string Source(StepDefinitionBinding definition) =>
        definition.Method.GetCustomAttributes<StepDefinitionBaseAttribute>()
            .First(a => a.Types.SequenceEqual(definition.Types)).Expression.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Parameters(StepDefinitionBinding definition)
    {
        var parameters = definition.ValueParameters.Select(p => p.ParameterType switch
        {
            var t when t == typeof(Table) => "a table",
            var t when t.IsEnum => $"{p.Name}: one of {string.Join(", ", Enum.GetNames(t).Select(n => n.ToLowerInvariant()))}",
            var t => $"{p.Name}: {Describe(t)}",
        }).ToList();
        return parameters.Count == 0 ? "–" : string.Join("; ", parameters);
    }

    private static string Describe(Type type) => type == typeof(int) || type == typeof(long) ? "whole number"
        : type == typeof(double) ? "number"
        : type == typeof(string) ? "text"
        : type.Name;

    private static string Example(StepDefinitionBinding definition, IReadOnlyList<(ScenarioCase Scenario, ScenarioStep Step)> steps)
    {
        var use = steps.FirstOrDefault(s => definition.AnswersTo(s.Step.Type) && definition.Expression.Match(s.Step.Text) is not null);
        return use.Step is null
            ? "(not used in a feature yet)"
            : $"`{use.Step.Type} {use.Step.Text.Replace("|", "\\|", StringComparison.Ordinal)}` ({use.Scenario.FeatureInfo.FilePath})";
    }

    private static string Concept(Type bindingType) =>
        string.Join(' ', PascalWords().Matches(bindingType.Name.EndsWith("Steps", StringComparison.Ordinal) ? bindingType.Name[..^5] : bindingType.Name)
            .Select((m, i) => i == 0 ? m.Value : m.Value.ToLowerInvariant()));

    [GeneratedRegex("[A-Z][a-z0-9]*")]
    private static partial Regex PascalWords();
}
