namespace LiveData.Bdd;

/// <summary>When a hook runs.</summary>
public enum HookType
{
    BeforeTestRun,
    AfterTestRun,
    BeforeFeature,
    AfterFeature,
    BeforeScenario,
    AfterScenario,
    BeforeStep,
    AfterStep,
}
