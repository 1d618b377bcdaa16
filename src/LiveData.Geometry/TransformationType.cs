namespace LiveData.Geometry;

/// <summary>The NeXus <c>transformation_type</c> attribute.</summary>
public enum TransformationType
{
    Translation,
    Rotation,
}
