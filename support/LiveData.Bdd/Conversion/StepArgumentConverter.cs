using System.Reflection;
using BoDi;

namespace LiveData.Bdd;

/// <summary>
/// Converts step argument text (and tables) to the types binding methods ask for: first through a
/// matching [StepArgumentTransformation], then through the built-in conversions. Transformation
/// methods on binding classes run on the scenario's binding instances.
/// </summary>
internal sealed class StepArgumentConverter(BindingRegistry registry, IObjectContainer scenarioContainer)
{
    public object? Convert(string text, Type targetType) => Convert(text, targetType, transformingTo: null);

    public object? ConvertTable(Table table, Type targetType)
    {
        if (targetType.IsAssignableFrom(typeof(Table)))
        {
            return table;
        }

        var transformation = registry.Transformations.FirstOrDefault(t => t.TakesTable && t.ReturnType == targetType)
            ?? throw new BindingException(
                $"The step's table cannot become a {targetType.Name}: take a Table, or add a [StepArgumentTransformation] method from Table to {targetType.Name}.");
        return Invoke(transformation, [table]);
    }

    private object? Convert(string text, Type targetType, Type? transformingTo)
    {
        // A transformation may convert its own captures, but not through itself again.
        foreach (var transformation in registry.Transformations.Where(t => !t.TakesTable && t.ReturnType == targetType && t.ReturnType != transformingTo))
        {
            if (transformation.Match(text) is { } captures)
            {
                var parameters = transformation.Method.GetParameters();
                return Invoke(transformation, [.. captures.Select((capture, i) => Convert(capture, parameters[i].ParameterType, targetType))]);
            }
        }

        return ValueConverter.TryConvert(text, targetType, out var value)
            ? value
            : throw new BindingException($"'{text}' is not a valid {targetType.Name}.");
    }

    private object? Invoke(StepArgumentTransformationBinding transformation, object?[] arguments)
    {
        var instance = transformation.Method.IsStatic ? null : scenarioContainer.Resolve(transformation.BindingType, null);
        return transformation.Method.Invoke(instance, BindingFlags.DoNotWrapExceptions, null, arguments, null);
    }
}
