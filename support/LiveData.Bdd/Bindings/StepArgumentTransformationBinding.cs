using System.Reflection;
using System.Text.RegularExpressions;

namespace LiveData.Bdd;

/// <summary>A [StepArgumentTransformation] method: text (matching its regex) or a table in, a domain value out.</summary>
internal sealed class StepArgumentTransformationBinding
{
    private readonly Regex? _regex;

    private StepArgumentTransformationBinding(Type bindingType, MethodInfo method, StepArgumentTransformationAttribute attribute)
    {
        BindingType = bindingType;
        Method = method;
        Name = attribute.Name;
        Order = attribute.Order;
        TakesTable = method.GetParameters() is [{ ParameterType: var t }] && t == typeof(Table);
        if (!TakesTable)
        {
            ParameterRegex = attribute.Regex is { } regex ? regex.TrimStart('^').TrimEnd('$') : ".*";
            _regex = new Regex($"^(?:{ParameterRegex})$", RegexOptions.CultureInvariant);
        }
    }

    public Type BindingType { get; }

    public MethodInfo Method { get; }

    public Type ReturnType => Method.ReturnType;

    public string? Name { get; }

    public int Order { get; }

    public bool TakesTable { get; }

    /// <summary>The regex without anchors, for use inside Cucumber expressions; null for table transformations.</summary>
    public string? ParameterRegex { get; }

    public static StepArgumentTransformationBinding Create(
        Type bindingType, MethodInfo method, StepArgumentTransformationAttribute attribute)
    {
        if (method.ReturnType == typeof(void) || typeof(Task).IsAssignableFrom(method.ReturnType) || method.ReturnType == typeof(ValueTask))
        {
            throw new BindingException("A step argument transformation must return the value synchronously.");
        }

        var binding = new StepArgumentTransformationBinding(bindingType, method, attribute);
        var groups = binding._regex is null ? 1 : Math.Max(1, binding._regex.GetGroupNumbers().Length - 1);
        if (method.GetParameters().Length != groups)
        {
            throw new BindingException(
                $"The regex '{attribute.Regex}' provides {groups} value(s) but the method takes {method.GetParameters().Length}.");
        }

        return binding;
    }

    /// <summary>The method's arguments as text (the capture groups, or the whole text), or null when the text does not match.</summary>
    public IReadOnlyList<string>? Match(string text)
    {
        var match = _regex?.Match(text);
        if (match is not { Success: true })
        {
            return null;
        }

        return match.Groups.Count > 1 ? [.. match.Groups.Cast<Group>().Skip(1).Select(g => g.Value)] : [text];
    }
}
