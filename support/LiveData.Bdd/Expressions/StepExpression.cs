using System.Text.RegularExpressions;

namespace LiveData.Bdd;

/// <summary>A compiled step definition expression: matches step text and yields the argument texts in order.</summary>
internal abstract class StepExpression(Regex regex)
{
    private static readonly Regex ParameterPlaceholder = new(@"{\w*}");
    private static readonly Regex CommonRegexPatterns = new(@"(\([^\)]+[\*\+]\)|\.\*)");
    private static readonly Regex RegexOnlyConstructs = new(@"(\\\.|\\d\+)");

    public abstract int ParameterCount { get; }

    protected Regex Regex { get; } = regex;

    /// <summary>Reqnroll's rule, so that bindings keep their meaning when we switch to it.</summary>
    public static StepExpression Parse(string source, ParameterTypeRegistry parameterTypes) =>
        IsRegex(source) ? new RegexStepExpression(source) : CucumberExpression.Compile(source, parameterTypes);

    public abstract IReadOnlyList<string>? Match(string stepText);

    private static bool IsRegex(string source) =>
        source.StartsWith('^') || source.EndsWith('$')
        || (!ParameterPlaceholder.IsMatch(source)
            && (CommonRegexPatterns.IsMatch(source) || RegexOnlyConstructs.IsMatch(source)));
}
