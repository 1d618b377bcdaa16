using System.Reflection;
using Reqnroll.Bindings;
using Reqnroll.Bindings.Discovery;
using Reqnroll.Infrastructure;

namespace LiveData.Acceptance.Support.Glossary;

/// <summary>
/// The step definitions exactly as Reqnroll sees them at run time: its own binding discovery over the test assembly and
/// the binding assemblies reqnroll.json names, so the glossary's phrases and matches are the runtime's, not a look-alike's.
/// </summary>
public static class StepBindings
{
    public static IReadOnlyList<IStepDefinitionBinding> Discover(Assembly testAssembly)
    {
        // A global container of its own (no unit-test provider needed): discovery only, no test run is started.
        var container = new ContainerBuilder { SkipLoadingProvider = true }.CreateGlobalContainer(testAssembly);
        var builder = container.Resolve<IRuntimeBindingRegistryBuilder>();
        foreach (var assembly in builder.GetBindingAssemblies(testAssembly))
        {
            builder.BuildBindingsFromAssembly(assembly);
        }
        builder.BuildingCompleted();

        var registry = container.Resolve<IBindingRegistry>();
        if (registry.GetErrorMessages().ToList() is { Count: > 0 } errors)
        {
            throw new InvalidOperationException(
                "Reqnroll reports binding errors:" + string.Concat(errors.Select(e => $"{Environment.NewLine}  {e.Message}")));
        }
        return [.. registry.GetStepDefinitions()];
    }
}
