using System.Reflection;

namespace LiveData.Bdd;

/// <summary>One hook method with its order and tag scope.</summary>
internal sealed class HookBinding
{
    private readonly HashSet<string> _tags;

    private HookBinding(Type bindingType, MethodInfo method, HookAttribute attribute)
    {
        BindingType = bindingType;
        Method = method;
        HookType = attribute.HookType;
        Order = attribute.Order;
        _tags = attribute.Tags.Select(t => t.TrimStart('@')).ToHashSet(StringComparer.Ordinal);
    }

    public Type BindingType { get; }

    public MethodInfo Method { get; }

    public HookType HookType { get; }

    public int Order { get; }

    public static HookBinding Create(Type bindingType, MethodInfo method, HookAttribute attribute)
    {
        if (attribute.HookType is HookType.BeforeTestRun or HookType.AfterTestRun or HookType.BeforeFeature or HookType.AfterFeature && !method.IsStatic)
        {
            throw new BindingException($"[{attribute.HookType}] hooks must be static.");
        }

        AsyncMethodRule.Check(method);
        return new HookBinding(bindingType, method, attribute);
    }

    /// <summary>An unscoped hook applies everywhere; a scoped one when the scenario (or feature) has any of its tags.</summary>
    public bool AppliesTo(IEnumerable<string> tags) => _tags.Count == 0 || tags.Any(_tags.Contains);
}
