namespace LiveData.Workflows.Reflectometry;

/// <summary>The units upstream's reflectometry parameters accept, by their size in the unit the reduction computes in.</summary>
public static class ReflectometryUnits
{
    public const string Degree = "deg";
    public const string Radian = "rad";
    public const string InverseAngstrom = "1/Å";

    /// <summary>Upstream's <c>AngleUnit</c>, in radians.</summary>
    public static readonly IReadOnlyDictionary<string, double> Angles = new Dictionary<string, double>
    {
        [Degree] = Math.PI / 180,
        [Radian] = 1.0,
    };

    /// <summary>Upstream's <c>QUnit</c>, in 1/Å.</summary>
    public static readonly IReadOnlyDictionary<string, double> Q = new Dictionary<string, double>
    {
        [InverseAngstrom] = 1.0,
        ["1/nm"] = 0.1,
    };
}
