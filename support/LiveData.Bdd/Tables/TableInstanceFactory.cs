using System.Reflection;

namespace LiveData.Bdd;

/// <summary>
/// Builds one object from column/value pairs: constructor parameters first (so positional records work),
/// then settable properties. A column that binds to nothing is an error, because a silently ignored
/// typo would make a scenario assert less than it says.
/// </summary>
internal static class TableInstanceFactory
{
    public static T Create<T>(IReadOnlyList<KeyValuePair<string, string>> cells, Func<T>? createDefault)
    {
        var type = typeof(T);
        var remaining = cells.ToList();
        object instance = createDefault is not null
            ? createDefault() ?? throw new BindingException($"The default factory for {type.Name} returned null.")
            : Construct(type, remaining);

        foreach (var (column, value) in remaining)
        {
            var property = FindProperty(type, column)
                ?? throw new BindingException(
                    $"Column '{column}' matches no settable property of {type.Name}. Properties: {string.Join(", ", SettableProperties(type).Select(p => p.Name))}.");
            property.SetValue(instance, ConvertCell(column, value, property.PropertyType, type));
        }

        return (T)instance;
    }

    private static object Construct(Type type, List<KeyValuePair<string, string>> remaining)
    {
        if (type.IsValueType || type.GetConstructor(Type.EmptyTypes) is not null)
        {
            return Activator.CreateInstance(type)!;
        }

        var constructor = type.GetConstructors().MaxBy(c => c.GetParameters().Length)
            ?? throw new BindingException($"{type.Name} has no public constructor to create it from a table.");
        var arguments = constructor.GetParameters().Select(parameter =>
        {
            var index = remaining.FindIndex(cell => MemberName.Normalize(cell.Key) == MemberName.Normalize(parameter.Name ?? string.Empty));
            if (index < 0)
            {
                return parameter.HasDefaultValue ? parameter.DefaultValue : DefaultOf(parameter.ParameterType);
            }

            var (column, value) = remaining[index];
            remaining.RemoveAt(index);
            return ConvertCell(column, value, parameter.ParameterType, type);
        }).ToArray();
        return constructor.Invoke(arguments);
    }

    private static object? ConvertCell(string column, string value, Type targetType, Type ownerType) =>
        ValueConverter.TryConvert(value, targetType, out var converted)
            ? converted
            : throw new BindingException($"Column '{column}' of {ownerType.Name}: '{value}' is not a valid {targetType.Name}.");

    private static PropertyInfo? FindProperty(Type type, string column) =>
        SettableProperties(type).FirstOrDefault(p => MemberName.Normalize(p.Name) == MemberName.Normalize(column));

    private static IEnumerable<PropertyInfo> SettableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true });

    private static object? DefaultOf(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;
}
