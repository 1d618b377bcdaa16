namespace LiveData.Geometry;

/// <summary>
/// A rigid transformation v ↦ R·v + t (R a rotation matrix, row-major, t in metres), the product of
/// NeXus translations and rotations.
/// </summary>
public readonly record struct AffineTransform(
    double R00, double R01, double R02,
    double R10, double R11, double R12,
    double R20, double R21, double R22,
    Vector3d T)
{
    public static AffineTransform Identity => new(1, 0, 0, 0, 1, 0, 0, 0, 1, Vector3d.Zero);

    public static AffineTransform Translation(Vector3d t) => Identity with { T = t };

    /// <summary>
    /// A right-handed rotation by <paramref name="angle"/> radians about <paramref name="axis"/> (need not be
    /// unit length; a zero axis is the identity), by Rodrigues' formula.
    /// </summary>
    public static AffineTransform Rotation(Vector3d axis, double angle)
    {
        var length = axis.Length;
        if (length == 0 || angle == 0)
            return Identity;
        double x = axis.X / length, y = axis.Y / length, z = axis.Z / length;
        double c = Math.Cos(angle), s = Math.Sin(angle), k = 1 - c;
        return new AffineTransform(
            c + x * x * k, x * y * k - z * s, x * z * k + y * s,
            y * x * k + z * s, c + y * y * k, y * z * k - x * s,
            z * x * k - y * s, z * y * k + x * s, c + z * z * k,
            Vector3d.Zero);
    }

    public Vector3d Apply(Vector3d v) => Rotate(v) + T;

    public Vector3d Rotate(Vector3d v) => new(
        R00 * v.X + R01 * v.Y + R02 * v.Z,
        R10 * v.X + R11 * v.Y + R12 * v.Z,
        R20 * v.X + R21 * v.Y + R22 * v.Z);

    /// <summary>The composition a·b: apply <paramref name="b"/> first, then <paramref name="a"/>.</summary>
    public static AffineTransform operator *(AffineTransform a, AffineTransform b) => new(
        a.R00 * b.R00 + a.R01 * b.R10 + a.R02 * b.R20,
        a.R00 * b.R01 + a.R01 * b.R11 + a.R02 * b.R21,
        a.R00 * b.R02 + a.R01 * b.R12 + a.R02 * b.R22,
        a.R10 * b.R00 + a.R11 * b.R10 + a.R12 * b.R20,
        a.R10 * b.R01 + a.R11 * b.R11 + a.R12 * b.R21,
        a.R10 * b.R02 + a.R11 * b.R12 + a.R12 * b.R22,
        a.R20 * b.R00 + a.R21 * b.R10 + a.R22 * b.R20,
        a.R20 * b.R01 + a.R21 * b.R11 + a.R22 * b.R21,
        a.R20 * b.R02 + a.R21 * b.R12 + a.R22 * b.R22,
        a.Apply(b.T));
}
