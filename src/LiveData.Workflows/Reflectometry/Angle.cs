using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.Reflectometry;

/// <summary>Upstream's <c>Angle</c> parameter: a value with an angle unit.</summary>
public sealed record Angle(double Value, string Unit)
{
    /// <exception cref="InvalidWorkflowParamsException">an unknown unit or a value that is not a finite number.</exception>
    public static Angle Read(ParamReader reader, Angle defaults) => new(
        reader.Number("value", defaults.Value),
        reader.Choice("unit", defaults.Unit, [.. ReflectometryUnits.Angles.Keys]));

    public double Radians => Value * ReflectometryUnits.Angles[Unit];
}
