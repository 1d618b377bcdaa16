namespace LiveData.Bdd;

/// <summary>
/// Base of the hook attributes. Hooks of one kind run by ascending <see cref="Order"/>; tag-scoped hooks
/// run only for scenarios that carry at least one of the tags (written with or without '@').
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
