using System.Reflection;

namespace LiveData.Bdd;

/// <summary>Names a binding method the way a reader finds it in code: <c>Class.Method(int, string)</c>.</summary>
internal static class BindingMethodName
{
    public static string Of(MethodInfo method) =>
        $"{method.DeclaringType?.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})";
}
