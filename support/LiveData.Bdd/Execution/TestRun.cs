using BoDi;

namespace LiveData.Bdd;

/// <summary>
/// One test run: the test-run container (where [BeforeTestRun] hooks may register run-wide objects), one
/// child container per feature (parent of that feature's scenario containers), the test-run and feature
/// hooks, and the scenario runner.
/// </summary>
public sealed class TestRun
{
    private readonly BindingRegistry _registry;
    private readonly TrackedObjectContainer _scope = new(parent: null);
    private readonly ScenarioRunner _runner;
    private readonly Lock _featuresLock = new();
    private readonly Dictionary<string, FeatureRun> _features = new(StringComparer.Ordinal);
    private readonly List<FeatureRun> _featuresInStartOrder = [];

    public TestRun(BindingRegistry registry)
    {
        _registry = registry;
        _runner = new ScenarioRunner(registry);
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

    /// <summary>
    /// Runs the [AfterFeature] hooks of every feature that ran (in the order they started) and disposes their
    /// objects, then every [AfterTestRun] hook, then disposes the run-wide objects; all failures are thrown together.
    /// </summary>
    public async Task AfterTestRunAsync(CancellationToken cancellationToken)
    {
        var errors = new List<Exception>();
        FeatureRun[] features;
        lock (_featuresLock)
        {
            features = [.. _featuresInStartOrder];
        }

        foreach (var feature in features)
        {
            errors.AddRange(await feature.FinishAsync(cancellationToken).ConfigureAwait(false));
        }

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
            throw new AggregateException("The end of the test run failed ([AfterFeature] or [AfterTestRun] hooks or disposal).", errors);
        }
    }

    /// <summary>Runs the feature's [BeforeFeature] hooks if this is its first scenario, then the scenario in the feature's container.</summary>
    /// <exception cref="Exception">A [BeforeFeature] hook of the scenario's feature failed; the scenario did not run.</exception>
    public async Task<ScenarioResult> RunScenarioAsync(ScenarioCase scenario, CancellationToken cancellationToken)
    {
        var feature = FeatureRunOf(scenario.FeatureInfo);
        await feature.EnsureStartedAsync(cancellationToken).ConfigureAwait(false);
        return await _runner.RunAsync(scenario, feature.Scope.Container, cancellationToken).ConfigureAwait(false);
    }

    private FeatureRun FeatureRunOf(FeatureInfo featureInfo)
    {
        lock (_featuresLock)
        {
            if (!_features.TryGetValue(featureInfo.FilePath, out var feature))
            {
                feature = new FeatureRun(_registry, featureInfo, _scope);
                _features.Add(featureInfo.FilePath, feature);
                _featuresInStartOrder.Add(feature);
            }

            return feature;
        }
    }
}
