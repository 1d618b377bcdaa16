using System.Reflection;

namespace LiveData.Bdd;

/// <summary>
/// The assemblies that may hold bindings: the test assembly and, recursively, the assemblies it
/// references (steps and support libraries are separate assemblies), except the framework and xunit.
/// </summary>
internal static class BindingAssemblies
{
    private static readonly string[] SkippedPrefixes = ["System", "Microsoft", "xunit", "netstandard", "mscorlib"];

    public static IReadOnlyList<Assembly> From(Assembly root)
    {
        var bddName = typeof(BindingAttribute).Assembly.GetName().Name;
        var seen = new HashSet<string>(StringComparer.Ordinal) { root.GetName().Name ?? string.Empty };
        var pending = new Queue<Assembly>([root]);
        var found = new List<Assembly>();
        while (pending.TryDequeue(out var assembly))
        {
            var references = assembly.GetReferencedAssemblies();
            if (references.Any(r => r.Name == bddName))
            {
                found.Add(assembly);
            }

            foreach (var reference in references.Where(r => r.Name is { } name && !IsSkipped(name) && seen.Add(name)))
            {
                if (TryLoad(reference) is { } loaded)
                {
                    pending.Enqueue(loaded);
                }
            }
        }

        return found;
    }

    private static bool IsSkipped(string name) =>
        SkippedPrefixes.Any(prefix => name.Equals(prefix, StringComparison.OrdinalIgnoreCase)
            || name.StartsWith(prefix + ".", StringComparison.OrdinalIgnoreCase));

    // A reference that is not deployed (e.g. an optional dependency) cannot hold bindings we need.
    private static Assembly? TryLoad(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
