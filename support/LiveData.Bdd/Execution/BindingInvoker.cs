using System.Reflection;

namespace LiveData.Bdd;

/// <summary>Calls a binding method and awaits it whether it is synchronous, Task or ValueTask based.</summary>
internal static class BindingInvoker
{
    public static async Task InvokeAsync(MethodInfo method, object? instance, object?[] arguments)
    {
        // DoNotWrapExceptions: the scenario reports the binding's own exception, not a TargetInvocationException.
        var result = method.Invoke(instance, BindingFlags.DoNotWrapExceptions, null, arguments, null);
        switch (result)
        {
            case Task task:
                await task.ConfigureAwait(false);
                break;
            case ValueTask valueTask:
                await valueTask.ConfigureAwait(false);
                break;
            case not null when method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(ValueTask<>):
                var asTask = (Task)method.ReturnType.GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(result, null)!;
                await asTask.ConfigureAwait(false);
                break;
        }
    }
}
