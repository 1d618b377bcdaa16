namespace LiveData.Bdd;

/// <summary>
/// One feature within a test run: its container (holding the <see cref="FeatureContext"/>) and its
/// [BeforeFeature] hooks, started by whichever of its scenarios comes first; the others wait for them.
/// </summary>
internal sealed class FeatureRun
{
    private readonly BindingRegistry _registry;
    private readonly Lazy<Task> _beforeFeature;

    public FeatureRun(BindingRegistry registry, FeatureInfo featureInfo, TrackedObjectContainer testRun)
    {
        _registry = registry;
        FeatureInfo = featureInfo;
        Scope = new TrackedObjectContainer(testRun.Container);
        Scope.Container.RegisterInstanceAs(new FeatureContext(featureInfo, Scope.Container));
        Scope.Container.RegisterInstanceAs(featureInfo);
        _beforeFeature = new Lazy<Task>(RunBeforeFeatureHooksAsync);
    }

    public FeatureInfo FeatureInfo { get; }

    public TrackedObjectContainer Scope { get; }

    /// <summary>Runs the [BeforeFeature] hooks once; a failure is kept and thrown to every scenario of the feature.</summary>
    /// <remarks>Not cancelled by the first scenario's token: the hooks' outcome is shared by all the feature's scenarios.</remarks>
    public Task EnsureStartedAsync(CancellationToken cancellationToken) => _beforeFeature.Value.WaitAsync(cancellationToken);

    /// <summary>Runs every applicable [AfterFeature] hook, then disposes the feature's objects.</summary>
    /// <returns>The failures, empty when all went well.</returns>
    public async Task<IReadOnlyList<Exception>> FinishAsync(CancellationToken cancellationToken)
    {
        var errors = new List<Exception>();
        foreach (var hook in HooksOf(HookType.AfterFeature))
        {
            try
            {
                await HookInvoker.InvokeAsync(hook, Scope.Container, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                errors.Add(e);
            }
        }

        errors.AddRange(await Scope.DisposeCreatedObjectsAsync().ConfigureAwait(false));
        return errors;
    }

    private async Task RunBeforeFeatureHooksAsync()
    {
        foreach (var hook in HooksOf(HookType.BeforeFeature))
        {
            await HookInvoker.InvokeAsync(hook, Scope.Container, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private IEnumerable<HookBinding> HooksOf(HookType hookType) =>
        _registry.HooksOf(hookType).Where(h => h.AppliesTo(FeatureInfo.Tags));
}
