using BoDi;

namespace LiveData.Bdd;

/// <summary>Calls a hook on its binding instance, resolving its parameters from the container (a CancellationToken gets the run's token).</summary>
internal static class HookInvoker
{
    public static Task InvokeAsync(HookBinding hook, IObjectContainer container, CancellationToken cancellationToken)
    {
        var instance = hook.Method.IsStatic ? null : container.Resolve(hook.BindingType, null);
        var arguments = hook.Method.GetParameters()
            .Select(p => p.ParameterType == typeof(CancellationToken) ? cancellationToken : container.Resolve(p.ParameterType, null))
            .ToArray();
        return BindingInvoker.InvokeAsync(hook.Method, instance, arguments);
    }
}
