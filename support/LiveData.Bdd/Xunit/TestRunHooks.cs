using Xunit;

namespace LiveData.Bdd;

/// <summary>
/// The xunit.v3 assembly fixture that brackets the test run: [BeforeTestRun] hooks on initialisation,
/// [AfterTestRun] hooks on disposal. Register it once in the test assembly:
/// <code>[assembly: AssemblyFixture(typeof(LiveData.Bdd.TestRunHooks))]</code>
/// <see cref="GherkinScenarios.RunAsync(string)"/> runs scenarios in this fixture's <see cref="TestRun"/>.
/// </summary>
public sealed class TestRunHooks : IAsyncLifetime
{
    public TestRun TestRun { get; } = new(TestAssemblyDefaults.Bindings);

    public async ValueTask InitializeAsync() =>
        await TestRun.BeforeTestRunAsync(TestContext.Current.CancellationToken).ConfigureAwait(false);

    public async ValueTask DisposeAsync() =>
        await TestRun.AfterTestRunAsync(TestContext.Current.CancellationToken).ConfigureAwait(false);
}
