using LiveData.Geometry;

namespace LiveData.Workflows.DetectorView.Projection;

/// <summary>
/// essreduce's projections of pixel positions (metres) onto a screen surface, for every replica at once: the
/// positions are replica after replica, the first replica the exact positions. The surface is fixed by the exact
/// positions only, so noise does not move it.
/// </summary>
internal static class ProjectedCoordinates
{
    /// <summary>The projected coordinates named in <see cref="GeometricViewConfig.Coordinates"/>, x negated when flipped.</summary>
    public static IReadOnlyDictionary<string, double[]> Of(GeometricViewConfig config, ReadOnlySpan<Vector3d> positions, int pixelCount)
    {
        var coordinates = config.Type switch
        {
            ProjectionType.XyPlane => XyPlane(positions, pixelCount),
            ProjectionType.CylinderMantleY => CylinderMantle(positions, pixelCount, p => (p.Z, p.X, p.Y), "y"),
            _ => CylinderMantle(positions, pixelCount, p => (p.X, p.Y, p.Z), "z"),
        };
        if (config.FlipX && coordinates.TryGetValue("x", out var x))
        {
            for (var i = 0; i < x.Length; i++)
            {
                x[i] = -x[i];
            }
        }
        return coordinates;
    }

    // Along the line from the sample (origin) to the pixel onto z = plane, where the plane is the exact positions'
    // z nearest the sample: the smallest z for banks downstream, the largest (least negative) for banks upstream.
    private static Dictionary<string, double[]> XyPlane(ReadOnlySpan<Vector3d> positions, int pixelCount)
    {
        double zMin = double.PositiveInfinity, zMax = double.NegativeInfinity;
        foreach (var p in positions[..pixelCount])
        {
            (zMin, zMax) = (Math.Min(zMin, p.Z), Math.Max(zMax, p.Z));
        }
        var plane = zMin < 0 ? zMax : zMin;
        var x = new double[positions.Length];
        var y = new double[positions.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            var t = plane / positions[i].Z;
            (x[i], y[i]) = (positions[i].X * t, positions[i].Y * t);
        }
        return new() { ["x"] = x, ["y"] = y };
    }

    // Radially onto the cylinder about the axis through the origin whose radius is the exact positions' smallest
    // distance from the axis: arc_length = radius · φ with φ = atan2(v, u) in the plane across the axis, and the
    // coordinate along the axis scaled by radius / distance (the line from the origin to the pixel meets the
    // cylinder there). (u, v, a) are the position's components across and along the axis, cyclic in (x, y, z):
    // (x, y, z) for the z axis as essreduce's project_onto_cylinder_z, (z, x, y) for the y axis.
    private static Dictionary<string, double[]> CylinderMantle(
        ReadOnlySpan<Vector3d> positions, int pixelCount, Func<Vector3d, (double U, double V, double A)> components, string axis)
    {
        var radius = double.PositiveInfinity;
        foreach (var p in positions[..pixelCount])
        {
            var (u, v, _) = components(p);
            radius = Math.Min(radius, Math.Sqrt(u * u + v * v));
        }
        var arcLength = new double[positions.Length];
        var along = new double[positions.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            var (u, v, a) = components(positions[i]);
            arcLength[i] = radius * Math.Atan2(v, u);
            along[i] = a * radius / Math.Sqrt(u * u + v * v);
        }
        return new() { ["arc_length"] = arcLength, [axis] = along };
    }
}
