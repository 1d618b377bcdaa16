using System.Reflection;
using TestStepResultStatus = Io.Cucumber.Messages.Types.TestStepResultStatus;

namespace LiveData.Bdd;

/// <summary>How one scenario or step hook went; <paramref name="Step"/> is the step a BeforeStep or AfterStep hook ran around.</summary>
public sealed record HookResult(HookType HookType, MethodInfo Method, TestStepResultStatus Status, TimeSpan Duration, Exception? Error, ScenarioStep? Step = null)
{
    public override string ToString() => $"[{HookType}] {BindingMethodName.Of(Method)}";
}
