using System.Reflection;

namespace LiveData.Bdd;

/// <summary>
/// The step definitions, hooks and step argument transformations of a set of [Binding] classes.
/// Immutable once built, so one registry serves all scenarios of a run in parallel.
/// </summary>
public sealed class BindingRegistry
{
    private const BindingFlags BindingMethods = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;

    private BindingRegistry(
        IReadOnlyList<StepDefinitionBinding> stepDefinitions,
        IReadOnlyList<HookBinding> hooks,
        IReadOnlyList<StepArgumentTransformationBinding> transformations)
    {
        StepDefinitions = stepDefinitions;
        Hooks = hooks;
        Transformations = transformations;
    }

    internal IReadOnlyList<StepDefinitionBinding> StepDefinitions { get; }

    internal IReadOnlyList<HookBinding> Hooks { get; }

    internal IReadOnlyList<StepArgumentTransformationBinding> Transformations { get; }

    /// <summary>Scans the assemblies for [Binding] classes.</summary>
    public static BindingRegistry FromAssemblies(params Assembly[] assemblies) =>
        FromTypes([.. assemblies.Distinct().SelectMany(LoadableTypes).Where(IsBindingClass)]);

    /// <summary>Uses exactly these [Binding] classes; handy when a test wants bindings in isolation.</summary>
    public static BindingRegistry FromTypes(params Type[] bindingTypes)
    {
        var errors = new List<string>();
        var methods = bindingTypes.SelectMany(type => type.GetMethods(BindingMethods).Select(method => (type, method))).ToList();

        var transformations = Collect(methods, errors, (type, method) =>
            method.GetCustomAttributes<StepArgumentTransformationAttribute>()
                .Select(a => StepArgumentTransformationBinding.Create(type, method, a)))
            .OrderBy(t => t.Order)
            .ToList();
        var parameterTypes = new ParameterTypeRegistry(transformations);
        var stepDefinitions = Collect(methods, errors, (type, method) =>
            method.GetCustomAttributes<StepDefinitionBaseAttribute>()
                .Select(a => StepDefinitionBinding.Create(type, method, a, parameterTypes)));
        var hooks = Collect(methods, errors, (type, method) =>
            method.GetCustomAttributes<HookAttribute>().Select(a => HookBinding.Create(type, method, a)))
            .OrderBy(h => h.Order)
            .ToList();

        return errors.Count == 0
            ? new BindingRegistry(stepDefinitions, hooks, transformations)
            : throw new BindingException("Invalid bindings:" + string.Concat(errors.Select(e => $"{Environment.NewLine}  {e}")));
    }

    internal IEnumerable<HookBinding> HooksOf(HookType hookType) => Hooks.Where(h => h.HookType == hookType);

    /// <summary>Collects every binding error rather than stopping at the first, so one run shows them all.</summary>
    private static List<T> Collect<T>(
        IEnumerable<(Type Type, MethodInfo Method)> methods, List<string> errors, Func<Type, MethodInfo, IEnumerable<T>> create)
    {
        var bindings = new List<T>();
        foreach (var (type, method) in methods)
        {
            try
            {
                bindings.AddRange(create(type, method));
            }
            catch (Exception e) when (e is BindingException or ArgumentException)
            {
                errors.Add($"{BindingMethodName.Of(method)}: {e.Message}");
            }
        }

        return bindings;
    }

    private static bool IsBindingClass(Type type) =>
        type.IsClass && (!type.IsAbstract || type.IsSealed) && type.IsDefined(typeof(BindingAttribute), inherit: true);

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }
}
