using System.Text.RegularExpressions;

namespace LiveData.Bdd;

/// <summary>A regular expression step definition; it must match the whole step text, and each group is an argument.</summary>
internal sealed class RegexStepExpression(string source)
    : StepExpression(new Regex(Anchor(source), RegexOptions.CultureInvariant))
{
    public override int ParameterCount => Regex.GetGroupNumbers().Length - 1;

    public override IReadOnlyList<string>? Match(string stepText)
    {
        var match = Regex.Match(stepText);
        return match.Success ? [.. match.Groups.Cast<Group>().Skip(1).Select(g => g.Value)] : null;
    }

    private static string Anchor(string source) =>
        (source.StartsWith('^') ? string.Empty : "^") + source + (source.EndsWith('$') ? string.Empty : "$");
}
