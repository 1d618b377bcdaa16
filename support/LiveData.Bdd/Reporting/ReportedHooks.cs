using System.Reflection;
using Io.Cucumber.Messages.Types;
using MessageHookType = Io.Cucumber.Messages.Types.HookType;

namespace LiveData.Bdd;

/// <summary>
/// The Hook messages of a run: one per hook method that ran, plus one standing for the disposal of
/// scenario objects, which can fail a scenario after its last hook.
/// </summary>
internal sealed class ReportedHooks
{
    private readonly Dictionary<MethodInfo, Hook> _byMethod = [];

    public ReportedHooks(IEnumerable<ScenarioResult> results, ReportIds ids)
    {
        foreach (var hook in results.SelectMany(r => r.Hooks).DistinctBy(h => h.Method))
        {
            var method = hook.Method;
            var reference = SourceReference.Create(new JavaMethod(
                method.DeclaringType?.FullName ?? string.Empty, method.Name, [.. method.GetParameters().Select(p => p.ParameterType.FullName ?? p.ParameterType.Name)]));
            _byMethod[method] = new Hook(ids.Next("hook"), BindingMethodName.Of(method), reference, null, TypeOf(hook.HookType));
        }

        Disposal = new Hook(ids.Next("hook"), "disposing the scenario's objects", SourceReference.Create(typeof(ScenarioRunner).FullName), null, MessageHookType.AFTER_TEST_CASE);
    }

    public Hook Disposal { get; }

    public IEnumerable<Hook> All => [.. _byMethod.Values, Disposal];

    public Hook For(HookResult hook) => _byMethod[hook.Method];

    private static MessageHookType TypeOf(HookType type) => type switch
    {
        HookType.BeforeScenario => MessageHookType.BEFORE_TEST_CASE,
        HookType.BeforeStep => MessageHookType.BEFORE_TEST_STEP,
        HookType.AfterStep => MessageHookType.AFTER_TEST_STEP,
        _ => MessageHookType.AFTER_TEST_CASE,
    };
}
