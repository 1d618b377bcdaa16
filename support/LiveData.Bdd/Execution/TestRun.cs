using BoDi;

namespace LiveData.Bdd;

/// <summary>
/// One test run: the test-run container (parent of every scenario container, where [BeforeTestRun]
/// hooks may register run-wide objects), the test-run hooks, and the scenario runner.
/// </summary>
public sealed class TestRun
{
    private readonly BindingRegistry _registry;
    private readonly TrackedObjectContainer _scope = new(parent: null);
    private readonly ScenarioRunner _runner;

    public TestRun(BindingRegistry registry)
    {
        _registry = registry;
        _runner = new ScenarioRunner(registry, _scope.Container);
    }

    public IObjectContainer Container => _scope.Container;

    /// <summary>Runs the [BeforeTestRun] hooks in order; the first failure stops them and is thrown.</summary>
    public async Task BeforeTestRunAsync(CancellationToken cancellationToken)
    {
        foreach (var hook in _registry.HooksOf(HookType.BeforeTestRun))
        {
            await HookInvoker.InvokeAsync(hook, Container, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs every [AfterTestRun] hook, then disposes the run-wide objects; all failures are thrown together.</summary>
    public async Task AfterTestRunAsync(CancellationToken cancellationToken)
    {
        var errors = new List<Exception>();
        foreach (var hook in _registry.HooksOf(HookType.AfterTestRun))
        {
            try
            {
                await HookInvoker.InvokeAsync(hook, Container, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                errors.Add(e);
            }
        }

        errors.AddRange(await _scope.DisposeCreatedObjectsAsync().ConfigureAwait(false));
        if (errors.Count > 0)
        {
            throw new AggregateException("The end of the test run failed ([AfterTestRun] hooks or disposal).", errors);
        }
    }

    public Task<ScenarioResult> RunScenarioAsync(ScenarioCase scenario, CancellationToken cancellationToken) =>
        _runner.RunAsync(scenario, cancellationToken);
}
