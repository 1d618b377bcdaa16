using System.Reflection;
using TestStepResultStatus = Io.Cucumber.Messages.Types.TestStepResultStatus;

namespace LiveData.Bdd;

/// <summary>How one BeforeScenario or AfterScenario hook went.</summary>
public sealed record HookResult(HookType HookType, MethodInfo Method, TestStepResultStatus Status, TimeSpan Duration, Exception? Error)
{
    public override string ToString() => $"[{HookType}] {BindingMethodName.Of(Method)}";
}
