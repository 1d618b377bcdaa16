using System.Reflection;

namespace LiveData.Bdd;

/// <summary>
/// The features and bindings of the running test assembly, built once on first use and then only read,
/// so parallel tests can share them.
/// </summary>
internal static class TestAssemblyDefaults
{
    private static readonly Lazy<FeatureLibrary> LazyFeatures = new(FeatureLibrary.LoadDefault);
    private static readonly Lazy<BindingRegistry> LazyBindings = new(() => BindingRegistry.FromAssemblies([.. BindingAssemblies.From(EntryAssembly())]));

    public static FeatureLibrary Features => LazyFeatures.Value;

    public static BindingRegistry Bindings => LazyBindings.Value;

    // The xunit.v3 test project is an executable, so its entry assembly is the test assembly.
    private static Assembly EntryAssembly() =>
        Assembly.GetEntryAssembly() ?? throw new InvalidOperationException("No entry assembly; run the tests from the test project's executable.");
}
