using System.Text;
using System.Text.RegularExpressions;

namespace LiveData.Bdd;

/// <summary>Writes a ready-to-paste step definition for an undefined step, in Reqnroll's Cucumber expression style.</summary>
internal static partial class StepDefinitionSnippet
{
    public static string For(ScenarioStep step)
    {
        var keyword = (step.Type ?? StepDefinitionType.Given).ToString();
        var expression = new StringBuilder();
        var name = new StringBuilder(keyword);
        var parameters = new List<string>();
        var position = 0;
        foreach (Match match in ParameterCandidate().Matches(step.Text))
        {
            AppendText(step.Text[position..match.Index], expression, name);
            var (placeholder, type) = match.Groups["string"].Success ? ("{string}", "string")
                : match.Groups["fraction"].Success ? ("{float}", "double")
                : ("{int}", "int");
            expression.Append(placeholder);
            parameters.Add($"{type} p{parameters.Count}");
            position = match.Index + match.Length;
        }

        AppendText(step.Text[position..], expression, name);
        if (step.PickleStep.Argument?.DataTable is not null)
        {
            parameters.Add("Table table");
        }
        else if (step.PickleStep.Argument?.DocString is not null)
        {
            parameters.Add("string docString");
        }

        var literal = expression.ToString().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        return $"[{keyword}(\"{literal}\")] public void {name}({string.Join(", ", parameters)}) => throw new PendingStepException();";
    }

    private static void AppendText(string text, StringBuilder expression, StringBuilder name)
    {
        // Cucumber expression syntax characters in plain text must be escaped to match literally.
        expression.Append(CucumberSyntax().Replace(text, @"\$0"));
        foreach (var word in NameWord().Matches(text).Select(m => m.Value))
        {
            name.Append(char.ToUpperInvariant(word[0])).Append(word[1..]);
        }
    }

    [GeneratedRegex("""(?<string>"[^"]*"|'[^']*')|(?<![\w.])-?\d+(?<fraction>\.\d+)?(?![\w.])""")]
    private static partial Regex ParameterCandidate();

    [GeneratedRegex(@"[(){}/\\]")]
    private static partial Regex CucumberSyntax();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex NameWord();
}
