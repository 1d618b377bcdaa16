using System.Reflection;
using System.Runtime.CompilerServices;

namespace LiveData.Bdd;

/// <summary>An async void binding cannot be awaited, so its failures would escape the scenario; reject it up front.</summary>
internal static class AsyncMethodRule
{
    public static void Check(MethodInfo method)
    {
        if (method.ReturnType == typeof(void) && method.GetCustomAttribute<AsyncStateMachineAttribute>() is not null)
        {
            throw new BindingException("The method is async void; return Task or ValueTask instead.");
        }
    }
}
