using System.Reflection;

namespace LiveData.Bdd;

/// <summary>More than one step definition matches a step.</summary>
public sealed class AmbiguousBindingException(string stepText, IReadOnlyList<MethodInfo> candidates)
    : BindingException(
        $"Ambiguous step definitions for '{stepText}':" + string.Concat(candidates.Select(c => $"{Environment.NewLine}  {BindingMethodName.Of(c)}")))
{
    public IReadOnlyList<MethodInfo> Candidates { get; } = candidates;
}
