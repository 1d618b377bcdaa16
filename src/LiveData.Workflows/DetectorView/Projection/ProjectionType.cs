namespace LiveData.Workflows.DetectorView.Projection;

/// <summary>Upstream's geometric projection types (<c>GeometricViewConfig.projection_type</c>).</summary>
public enum ProjectionType
{
    /// <summary><c>xy_plane</c>: towards the sample onto the plane z = const nearest to it; screen dims x, y.</summary>
    XyPlane,

    /// <summary><c>cylinder_mantle_y</c>: onto a cylinder about the vertical axis; screen dims arc_length, y.</summary>
    CylinderMantleY,

    /// <summary><c>cylinder_mantle_z</c>: onto a cylinder about the beam axis; screen dims arc_length, z.</summary>
    CylinderMantleZ,
}
