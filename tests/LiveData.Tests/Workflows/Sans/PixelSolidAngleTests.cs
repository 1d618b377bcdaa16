using LiveData.Geometry;
using LiveData.Workflows.Sans;

namespace LiveData.Tests.Workflows.Sans;

public sealed class PixelSolidAngleTests
{
    [Fact]
    public void A_cylinder_seen_side_on_subtends_its_projected_rectangle_over_r_squared()
    {
        // R = 4 mm, L = 4 mm, 5 m away square to its axis: 2·0.004·0.004 / 25 = 1.28e-6.
        PixelSolidAngle.Cylinder(new Vector3d(0, 0, 5), new Vector3d(0.004, 0, 0), 0.004).Should().BeApproximately(1.28e-6, 1e-18);
    }

    [Fact]
    public void A_cylinder_seen_at_60_degrees_to_its_axis_shrinks_by_sin_60()
    {
        // r = 2 m at 60° to the axis: 2·0.004·0.004·sin 60° / 4 = 6.9282e-6.
        PixelSolidAngle.Cylinder(new Vector3d(1, 0, Math.Sqrt(3)), new Vector3d(0.004, 0, 0), 0.004).Should().BeApproximately(6.92820e-6, 1e-11);
    }

    [Fact]
    public void Without_a_shape_a_pixel_is_a_unit_area_facing_the_sample()
    {
        PixelSolidAngle.FacingUnitArea(new Vector3d(0, 0.5, 5)).Should().BeApproximately(1 / 25.25, 1e-15);
    }
}
