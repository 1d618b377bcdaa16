namespace LiveData.Geometry;

/// <summary>A positioned component without pixels: sample, source or monitor.</summary>
/// <param name="Name">The group's name (last element of <paramref name="Path"/>).</param>
/// <param name="Path">The HDF5 path of the NeXus group.</param>
/// <param name="DependsOn">Its transformation chain (empty: at the origin).</param>
public sealed record ComponentGeometry(string Name, string Path, TransformationChain DependsOn)
{
    /// <summary>The component's position in metres.</summary>
    public Vector3d Position => DependsOn.Origin;

    public ComponentGeometry WithValue(string transformationPath, double value, string? units) =>
        DependsOn.Contains(transformationPath)
            ? this with { DependsOn = DependsOn.WithValue(transformationPath, value, units) }
            : this;
}
