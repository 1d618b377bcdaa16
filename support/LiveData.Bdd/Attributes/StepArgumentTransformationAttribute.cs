namespace LiveData.Bdd;

/// <summary>
/// Marks a method that turns step text into a domain type. With a regex, the method runs when a step
/// argument of the method's return type matches the whole regex; its capture groups become the method's
/// arguments. Without a regex it takes any text, or a <see cref="Table"/> when its one parameter is a Table.
/// <see cref="Name"/> (or the return type's name) can be used as a Cucumber expression parameter, e.g. {duration}.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class StepArgumentTransformationAttribute : Attribute
{
    public const int DefaultOrder = 10000;

    public StepArgumentTransformationAttribute()
    {
    }

    public StepArgumentTransformationAttribute(string regex, int order = DefaultOrder)
    {
        Regex = regex;
        Order = order;
    }

    public string? Regex { get; set; }

    public string? Name { get; set; }

    public int Order { get; set; } = DefaultOrder;
}
