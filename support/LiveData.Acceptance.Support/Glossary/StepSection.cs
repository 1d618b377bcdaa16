using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Io.Cucumber.Messages.Types;
using LiveData.Bdd.Features;
using Reqnroll;
using Reqnroll.Bindings;
using Reqnroll.Bindings.Reflection;

namespace LiveData.Acceptance.Support.Glossary;

/// <summary>
/// Every step phrase, grouped by the concept its binding class names (BrokerFaultSteps → "Broker fault"), with its
/// parameters and the first use in the feature files, matched the way Reqnroll matches it (the binding's regex).
/// </summary>
internal static partial class StepSection
{
    private const string NotUsed = "(not used in a feature yet)";

    public static void Write(StringBuilder text, IReadOnlyList<IStepDefinitionBinding> bindings, FeatureFolder features)
    {
        var uses = Uses(features).ToList();
        text.Heading(2, "Steps")
            .AppendLine("Every step phrase the suite understands, by concept. Parameters: `{int}` a whole number, `{float}` a number")
            .AppendLine("(`-10`, `71.43`), `{word}` one word without spaces (a source such as `monitor1`, or one of the listed choices),")
            .AppendLine("`{string}` text in \"double quotes\"; `(s)` marks an optional letter, `a/b` alternative words. A step ending in")
            .AppendLine("`:` takes a table on the following lines; the example shows its header row.");
        foreach (var concept in bindings.GroupBy(b => MethodOf(b).DeclaringType!).OrderBy(g => Concept(g.Key), StringComparer.Ordinal))
        {
            text.Heading(3, Concept(concept.Key)).Table(
                ["Step", "Parameters", "Example"],
                concept.OrderBy(b => MethodOf(b).MetadataToken).ThenBy(b => b.StepDefinitionType).Select(b => (IReadOnlyList<string>)
                [
                    $"{b.StepDefinitionType} {Markdown.Code(b.SourceExpression)}",
                    Parameters(b),
                    Example(b, uses),
                ]));
        }
    }

    // Runtime discovery always yields runtime methods; the real MethodInfo gives parameter names, enum choices and declaration order.
    private static MethodInfo MethodOf(IStepDefinitionBinding binding) => ((RuntimeBindingMethod)binding.Method).MethodInfo;

    private static string Parameters(IStepDefinitionBinding binding)
    {
        var placeholders = Placeholder().Matches(binding.SourceExpression).Select(m => m.Groups[1].Value).ToList();
        var described = MethodOf(binding).GetParameters().Select((p, i) => p.ParameterType == typeof(Table)
            ? "a table"
            : $"{p.Name}: {Describe(p.ParameterType, i < placeholders.Count ? placeholders[i] : null)}").ToList();
        return described.Count == 0 ? "–" : string.Join("; ", described);
    }

    private static string Describe(Type type, string? placeholder) => type switch
    {
        _ when placeholder is null && TableRowType(type) is { } row => $"a table with the columns {string.Join(", ", row.GetProperties().Select(c => $"`{ColumnName(c.Name)}`"))}",
        _ when type.IsEnum => $"one of {string.Join(", ", Enum.GetNames(type).Select(n => n.ToLowerInvariant()))}",
        _ when placeholder == "string" => "text in quotes",
        _ when placeholder == "word" => "one word",
        _ when type == typeof(int) || type == typeof(long) => "whole number",
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "number",
        _ when type == typeof(string) => "text",
        _ => type.Name,
    };

    // Tables reach steps as lists of records (Reqnroll.Assist's CreateSet), one column per property.
    private static Type? TableRowType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    // Assist matches a header to a property ignoring case and spaces: XFrom is written "x from".
    private static string ColumnName(string property) =>
        string.Join(' ', Regex.Matches(property, "[A-Z][a-z0-9]*").Select(m => m.Value.ToLowerInvariant()));

    private static string Example(IStepDefinitionBinding binding, IReadOnlyList<StepUse> uses)
    {
        var use = uses.FirstOrDefault(u => u.Type == binding.StepDefinitionType && binding.Regex.IsMatch(u.Step.Text));
        if (use is null)
        {
            return NotUsed;
        }

        var table = use.Step.NewTable() is { } t ? $" {Markdown.Code($"| {string.Join(" | ", t.Header)} |")}" : string.Empty;
        return $"{Markdown.Code($"{use.Type} {use.Step.Text}")}{table} ({use.File})";
    }

    /// <summary>Every step of every scenario with the kind it really is: "And"/"But" continue the previous step's kind.</summary>
    private static IEnumerable<StepUse> Uses(FeatureFolder features)
    {
        foreach (var scenario in features.Scenarios)
        {
            var file = "features/" + scenario.Id[..scenario.Id.LastIndexOf(':')];
            var type = StepDefinitionType.Given;
            foreach (var step in scenario.Steps)
            {
                type = step.KeywordType switch
                {
                    StepKeywordType.CONTEXT => StepDefinitionType.Given,
                    StepKeywordType.ACTION => StepDefinitionType.When,
                    StepKeywordType.OUTCOME => StepDefinitionType.Then,
                    _ => type,
                };
                yield return new StepUse(type, step, file);
            }
        }
    }

    private static string Concept(Type bindingType) =>
        string.Join(' ', PascalWords().Matches(bindingType.Name.EndsWith("Steps", StringComparison.Ordinal) ? bindingType.Name[..^5] : bindingType.Name)
            .Select((m, i) => i == 0 ? m.Value : m.Value.ToLowerInvariant()));

    private sealed record StepUse(StepDefinitionType Type, ScenarioStep Step, string File);

    [GeneratedRegex("[A-Z][a-z0-9]*")]
    private static partial Regex PascalWords();

    // Cucumber expression parameters; "\{" is a literal brace.
    [GeneratedRegex(@"(?<!\\)\{(\w*)\}")]
    private static partial Regex Placeholder();
}
