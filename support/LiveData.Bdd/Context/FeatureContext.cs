using BoDi;

namespace LiveData.Bdd;

/// <summary>
/// The feature whose scenarios are running, injected into [BeforeFeature]/[AfterFeature] hooks and bindings.
/// One instance per feature and test run; its container is the parent of the feature's scenario containers.
/// </summary>
public sealed class FeatureContext
{
    internal FeatureContext(FeatureInfo featureInfo, IObjectContainer featureContainer)
    {
        FeatureInfo = featureInfo;
        FeatureContainer = featureContainer;
    }

    public FeatureInfo FeatureInfo { get; }

    /// <summary>This feature's container, a child of the test-run container.</summary>
    public IObjectContainer FeatureContainer { get; }
}
