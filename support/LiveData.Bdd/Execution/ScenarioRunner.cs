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
    /// Runs BeforeScenario hooks, the steps each between its BeforeStep and AfterStep hooks (after the first
    /// failure the rest are skipped, without step hooks), AfterScenario
    /// hooks (always, each one even if another throws), then disposes the scenario's objects.
    /// Step output goes to the current xunit test's output.
    /// </summary>
    public Task<ScenarioResult> RunAsync(ScenarioCase scenario, CancellationToken cancellationToken) =>
        RunAsync(scenario, testRunContainer, cancellationToken);

    /// <summary>Runs the scenario in a child of <paramref name="parentContainer"/>, e.g. its feature's container.</summary>
    internal Task<ScenarioResult> RunAsync(ScenarioCase scenario, IObjectContainer? parentContainer, CancellationToken cancellationToken) =>
        new ScenarioExecution(registry, scenario, parentContainer, TestContext.Current.TestOutputHelper, cancellationToken).RunAsync();
}
