using BoDi;
using Xunit;

namespace LiveData.Bdd;

/// <summary>
/// Runs scenarios against a binding registry. Stateless between runs: each scenario gets its own child
/// container of <paramref name="testRunContainer"/>, so scenarios may run in parallel.
/// </summary>
public sealed class ScenarioRunner(BindingRegistry registry, IObjectContainer? testRunContainer = null)
{
    /// <summary>
    /// Runs BeforeScenario hooks, the steps (after the first failure the rest are skipped), AfterScenario
    /// hooks (always, each one even if another throws), then disposes the scenario's objects.
    /// Step output goes to the current xunit test's output.
    /// </summary>
    public Task<ScenarioResult> RunAsync(ScenarioCase scenario, CancellationToken cancellationToken) =>
        new ScenarioExecution(registry, scenario, testRunContainer, TestContext.Current.TestOutputHelper, cancellationToken).RunAsync();
}
