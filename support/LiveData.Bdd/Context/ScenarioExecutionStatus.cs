namespace LiveData.Bdd;

/// <summary>How a scenario is going (Reqnroll's values); the first problem decides it.</summary>
public enum ScenarioExecutionStatus
{
    OK,
    StepDefinitionPending,
    UndefinedStep,
    BindingError,
    TestError,
    Skipped,
}
