namespace LiveData.Bdd;

/// <summary>
/// Base of the hook attributes. Hooks of one kind run by ascending <see cref="Order"/>; tag-scoped hooks
/// run only for scenarios that carry at least one of the tags (written with or without '@'); feature hooks
/// look at the feature's tags instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public abstract class HookAttribute(HookType hookType, string[] tags) : Attribute
{
    public const int DefaultOrder = 10000;

    public int Order { get; set; } = DefaultOrder;

    public IReadOnlyList<string> Tags { get; } = tags;

    internal HookType HookType { get; } = hookType;
}

/// <summary>Runs before each scenario, after the scenario container is created.</summary>
public sealed class BeforeScenarioAttribute(params string[] tags) : HookAttribute(HookType.BeforeScenario, tags);

/// <summary>Runs after each scenario, also when a step failed; <see cref="ScenarioContext.TestError"/> tells.</summary>
public sealed class AfterScenarioAttribute(params string[] tags) : HookAttribute(HookType.AfterScenario, tags);

/// <summary>Runs once before the first scenario of the test run; the method must be static.</summary>
public sealed class BeforeTestRunAttribute() : HookAttribute(HookType.BeforeTestRun, []);

/// <summary>Runs once after the last scenario of the test run; the method must be static.</summary>
public sealed class AfterTestRunAttribute() : HookAttribute(HookType.AfterTestRun, []);

/// <summary>
/// Runs once per feature, just before the first of its scenarios runs (xunit runs each scenario as a theory
/// row, so there is no earlier moment that belongs to the feature); the method must be static. It may take
/// <see cref="FeatureContext"/> or <see cref="FeatureInfo"/>. If it throws, every scenario of the feature fails with its error.
/// </summary>
public sealed class BeforeFeatureAttribute(params string[] tags) : HookAttribute(HookType.BeforeFeature, tags);

/// <summary>
/// Runs once per feature that ran, at the end of the test run just before the [AfterTestRun] hooks: theory
/// rows of one feature may run in any order and interleaved with other features, so only the end of the run
/// is sure to follow a feature's last scenario. The method must be static; it may take <see cref="FeatureContext"/>.
/// </summary>
public sealed class AfterFeatureAttribute(params string[] tags) : HookAttribute(HookType.AfterFeature, tags);

/// <summary>Runs before each step that is executed; if it throws, the step fails without running. Skipped steps get no step hooks.</summary>
public sealed class BeforeStepAttribute(params string[] tags) : HookAttribute(HookType.BeforeStep, tags);

/// <summary>Runs after each step that was executed, also when the step or a [BeforeStep] hook failed.</summary>
public sealed class AfterStepAttribute(params string[] tags) : HookAttribute(HookType.AfterStep, tags);
