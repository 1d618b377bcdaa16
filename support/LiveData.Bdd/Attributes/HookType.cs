namespace LiveData.Bdd;

/// <summary>When a hook runs.</summary>
public enum HookType
{
    BeforeTestRun,
    AfterTestRun,
    BeforeScenario,
    AfterScenario,
}
