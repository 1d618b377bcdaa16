using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.Reflectometry;

/// <summary>Upstream ESTIA's <c>BeamDivergenceLimits</c>: a <c>RangeModel</c> (stop &gt; start) with an angle unit.</summary>
public sealed record AngleRange(double Start, double Stop, string Unit)
{
    /// <exception cref="InvalidWorkflowParamsException">stop ≤ start, or an unknown unit.</exception>
    public static AngleRange Read(ParamReader reader, AngleRange defaults)
    {
        var range = new AngleRange(
            reader.Number("start", defaults.Start),
            reader.Number("stop", defaults.Stop),
            reader.Choice("unit", defaults.Unit, [.. ReflectometryUnits.Angles.Keys]));
        return range.Stop > range.Start
            ? range
            : throw reader.Invalid("stop", $"must be greater than start ({range.Start}), got {range.Stop}");
    }

    public double StartRadians => Start * ReflectometryUnits.Angles[Unit];

    public double StopRadians => Stop * ReflectometryUnits.Angles[Unit];

    /// <summary>Whether <paramref name="radians"/> lies within the limits (both included, as upstream masks only outside).</summary>
    public bool Contains(double radians) => radians >= StartRadians && radians <= StopRadians;
}
