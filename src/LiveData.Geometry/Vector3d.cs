namespace LiveData.Geometry;

/// <summary>A point or direction in the laboratory frame, in double precision (metres for positions).</summary>
public readonly record struct Vector3d(double X, double Y, double Z)
{
    public static Vector3d Zero => default;

    public double Length => Math.Sqrt(Dot(this, this));

    public static Vector3d operator +(Vector3d a, Vector3d b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);

    public static Vector3d operator -(Vector3d a, Vector3d b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);

    public static Vector3d operator *(double s, Vector3d v) => new(s * v.X, s * v.Y, s * v.Z);

    public static double Dot(Vector3d a, Vector3d b) => a.X * b.X + a.Y * b.Y + a.Z * b.Z;

    public static Vector3d Cross(Vector3d a, Vector3d b) =>
        new(a.Y * b.Z - a.Z * b.Y, a.Z * b.X - a.X * b.Z, a.X * b.Y - a.Y * b.X);

    /// <summary>The angle between two directions in radians, 0…π; stable for nearly parallel vectors.</summary>
    public static double Angle(Vector3d a, Vector3d b) => Math.Atan2(Cross(a, b).Length, Dot(a, b));
}
