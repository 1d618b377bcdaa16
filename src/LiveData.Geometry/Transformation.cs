namespace LiveData.Geometry;

/// <summary>
/// One link of a NeXus <c>depends_on</c> chain, kept as data so a moving part can be evaluated again with a
/// new value (for example the latest f144 sample of the log that drives it).
/// </summary>
/// <param name="Path">The HDF5 path of the transformation (a dataset, or an NXlog group).</param>
/// <param name="Type">Translation along or rotation about <paramref name="Vector"/>.</param>
/// <param name="Value">The value in <paramref name="Units"/> (the first value of an NXlog).</param>
/// <param name="Units">The value's unit as in the file: a length (m, cm, mm) or an angle (deg, rad).</param>
/// <param name="Vector">The <c>vector</c> attribute as in the file. As upstream (scippnexus), a translation
/// moves by value·vector and a rotation turns by value·|vector| about vector's direction.</param>
/// <param name="Offset">The <c>offset</c> attribute converted to metres (zero when absent); applied before the
/// transformation itself, so the link maps v to Op(v + offset).</param>
/// <param name="DependsOn">The absolute path of the next link, or null where the chain ends (".").</param>
/// <param name="IsLogged">Whether the value comes from an NXlog (a moving part).</param>
public sealed record Transformation(
    string Path,
    TransformationType Type,
    double Value,
    string Units,
    Vector3d Vector,
    Vector3d Offset,
    string? DependsOn,
    bool IsLogged)
{
    /// <summary>The value in metres (translation) or radians (rotation).</summary>
    public double SiValue => Value * UnitFactor(Units);

    /// <summary>This link with another value; <paramref name="units"/> defaults to the file's unit.</summary>
    public Transformation WithValue(double value, string? units = null)
    {
        if (units is not null)
            UnitFactor(units);
        return this with { Value = value, Units = units ?? Units };
    }

    /// <summary>This link as a matrix: Op(value) · Translation(offset).</summary>
    public AffineTransform ToAffine()
    {
        var offset = AffineTransform.Translation(Offset);
        var op = Type == TransformationType.Translation
            ? AffineTransform.Translation(SiValue * Vector)
            : AffineTransform.Rotation(Vector, SiValue * Vector.Length);
        return op * offset;
    }

    private double UnitFactor(string units)
    {
        var factor = Type == TransformationType.Translation
            ? Geometry.Units.MetresPer(units)
            : Geometry.Units.RadiansPer(units);
        return factor ?? throw new ArgumentException(
            $"{Path}: unit '{units}' is not a {(Type == TransformationType.Translation ? "length (m, cm, mm)" : "angle (deg, rad)")}",
            nameof(units));
    }
}
