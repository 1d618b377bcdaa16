using TestStepResultStatus = Io.Cucumber.Messages.Types.TestStepResultStatus;

namespace LiveData.Bdd;

/// <summary>How one step went; statuses are Cucumber's so a living-documentation writer can emit them as they are.</summary>
public sealed record StepResult(ScenarioStep Step, TestStepResultStatus Status, TimeSpan Duration, Exception? Error);
