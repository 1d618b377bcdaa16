using LiveData.Geometry;
using LiveData.Workflows.DetectorView;
using LiveData.Workflows.DetectorView.Projection;

namespace LiveData.Tests.Workflows.Projection;

/// <summary>Pixel → screen maps of the three projection types, checked against coordinates worked out by hand.</summary>
public sealed class GeometricProjectionTests
{
    private const double Tolerance = 1e-12;

    // Detector numbers 10, 11, 20, 21 (a gap between), projected towards the origin onto z = 2, the smallest z:
    // 10 → (0.05, −0.3); 11 at t = 2/4 → (−0.2, 0.3); 20 at t = 2/3 → (0.2, 0); 21 → (−0.05, 0.2).
    private static readonly DetectorGeometry Downstream = TestGeometry.Bank("bank", [10, 11, 20, 21],
        new(0.05, -0.3, 2), new(-0.4, 0.6, 4), new(0.3, 0, 3), new(-0.05, 0.2, 2));

    private static readonly GeometricViewConfig XyPlane = new(ProjectionType.XyPlane, [new("y", 3), new("x", 4)]);

    [Fact]
    public void The_xy_plane_bins_x_and_y_between_their_extremes()
    {
        var map = GeometricProjection.Of(Downstream, XyPlane);

        // x: −0.2 … 0.2 in 4 bins of 0.1; y: −0.3 … 0.3 in 3 bins of 0.2; cell = y bin · 4 + x bin.
        map.Layout.ScreenDims.Should().Equal("y", "x");
        map.Layout.ScreenShape.Should().Equal(3L, 4L);
        Centres(map, "x").Should().Equal([-0.15, -0.05, 0.05, 0.15], Close);
        Centres(map, "y").Should().Equal([-0.2, 0.0, 0.2], Close);
        map.FirstDetectorNumber.Should().Be(10);
        map.Replicas.Should().ContainSingle().Which.Should().Equal(2, 8, -1, -1, -1, -1, -1, -1, -1, -1, 7, 9);
    }

    [Fact]
    public void Flipping_x_mirrors_the_x_bins_and_leaves_y()
    {
        var map = GeometricProjection.Of(Downstream, XyPlane with { FlipX = true });

        // x becomes 0.05 → −0.05 (bin 1), −0.2 → 0.2 (bin 3), 0.2 → −0.2 (bin 0), −0.05 → 0.05 (bin 2).
        Centres(map, "x").Should().Equal([-0.15, -0.05, 0.05, 0.15], Close);
        Centres(map, "y").Should().Equal([-0.2, 0.0, 0.2], Close);
        map.Replicas[0].Should().Equal(1, 11, -1, -1, -1, -1, -1, -1, -1, -1, 4, 10);
    }

    [Fact]
    public void A_bank_upstream_of_the_sample_is_projected_onto_its_plane_nearest_the_sample()
    {
        // z = −2 is nearest: the pixel at z = −4 is halved to (0.2, 0.1); on z = −4 the x range would be 0.2 … 0.4.
        var bank = TestGeometry.Bank("backward", 1, new Vector3d(0.1, 0, -2), new Vector3d(0.4, 0.2, -4));

        var map = GeometricProjection.Of(bank, new(ProjectionType.XyPlane, [new("y", 1), new("x", 2)]));

        Centres(map, "x").Should().Equal([0.125, 0.175], Close);
        Centres(map, "y").Should().Equal([0.05], Close);
        map.Replicas[0].Should().Equal(0, 1);
    }

    // About the z axis: the radius is the smallest distance from the axis, 1; φ = atan2(y, x), arc_length = 1 · φ and
    // z scaled by 1 / distance: (1, 0, 0.5) → (0, 0.5); (0, 2, 1) → (π/2, 0.5); (−1, 0, −0.25) → (π, −0.25);
    // (0, −1, 0.1) → (−π/2, 0.1).
    [Fact]
    public void The_z_cylinder_mantle_bins_arc_length_and_scaled_z()
    {
        var bank = TestGeometry.Bank("mantle", 1, new Vector3d(1, 0, 0.5), new Vector3d(0, 2, 1), new Vector3d(-1, 0, -0.25), new Vector3d(0, -1, 0.1));

        var map = GeometricProjection.Of(bank, new(ProjectionType.CylinderMantleZ, [new("arc_length", 2), new("z", 3)]));

        // arc_length: −π/2 … π in 2 bins of 3π/4; z: −0.25 … 0.5 in 3 bins of 0.25; cell = arc bin · 3 + z bin.
        map.Layout.ScreenDims.Should().Equal("arc_length", "z");
        Centres(map, "arc_length").Should().Equal([-Math.PI / 8, 5 * Math.PI / 8], Close);
        Centres(map, "z").Should().Equal([-0.125, 0.125, 0.375], Close);
        map.Replicas[0].Should().Equal(2, 5, 3, 1);
    }

    // The same points with the axes turned (x, y, z) → (y, z, x): about the y axis φ = atan2(x, z), 0 along the beam.
    [Fact]
    public void The_y_cylinder_mantle_bins_scaled_y_and_arc_length_from_the_beam()
    {
        var bank = TestGeometry.Bank("bank", 1, new Vector3d(0, 0.5, 1), new Vector3d(2, 1, 0), new Vector3d(0, -0.25, -1), new Vector3d(-1, 0.1, 0));

        var map = GeometricProjection.Of(bank, new(ProjectionType.CylinderMantleY, [new("y", 3), new("arc_length", 2)]));

        map.Layout.ScreenDims.Should().Equal("y", "arc_length");
        Centres(map, "y").Should().Equal([-0.125, 0.125, 0.375], Close);
        Centres(map, "arc_length").Should().Equal([-Math.PI / 8, 5 * Math.PI / 8], Close);
        // cell = y bin · 2 + arc bin
        map.Replicas[0].Should().Equal(4, 5, 1, 2);
    }

    [Fact]
    public void Screen_coordinates_are_bin_centres_in_metres()
    {
        var map = GeometricProjection.Of(Downstream, XyPlane);

        map.Layout.ScreenCoords.Select(c => (c.Key, c.Value.Unit, c.Value.Dims.Single())).Should().Equal(("y", "m", "y"), ("x", "m", "x"));
    }

    [Fact]
    public void The_largest_coordinate_falls_in_the_last_bin()
    {
        var bank = TestGeometry.Bank("bank", 1, new Vector3d(0, 0, 1), new Vector3d(1, 1, 1));

        var map = GeometricProjection.Of(bank, new(ProjectionType.XyPlane, [new("y", 2), new("x", 2)]));

        map.Replicas[0].Should().Equal(0, 3);
    }

    [Fact]
    public void Pixel_noise_adds_four_replicas_drawn_the_same_for_every_job()
    {
        var config = XyPlane with { Noise = new GaussianNoise(0.05) };

        var map = GeometricProjection.Of(Downstream, config);
        var again = GeometricProjection.Of(Downstream, config);

        map.Replicas.Should().HaveCount(5);
        map.Replicas.Should().BeEquivalentTo(again.Replicas, o => o.WithStrictOrdering());
        map.Replicas.Skip(1).Should().Contain(r => !r.SequenceEqual(map.Replicas[0]), "5 cm of noise moves pixels across 10 cm bins");
        map.Replicas.Should().AllSatisfy(r => r.Count(cell => cell >= 0).Should().Be(4));
    }

    [Fact]
    public void Noisy_replicas_widen_the_screen_to_cover_them_all()
    {
        var exact = GeometricProjection.Of(Downstream, XyPlane);
        var noisy = GeometricProjection.Of(Downstream, XyPlane with { Noise = new GaussianNoise(0.05) });

        Centres(noisy, "x")[0].Should().BeLessThan(Centres(exact, "x")[0]);
        Centres(noisy, "x")[^1].Should().BeGreaterThan(Centres(exact, "x")[^1]);
    }

    [Fact]
    public void Cylindrical_noise_spreads_points_over_the_pixels_cylinder()
    {
        // A straw 0.2 m long along y with a radius of 0.01 m.
        var pattern = NoisePattern.Cylindrical(new Vector3d(0, 0.2, 0), new Vector3d(0.01, 0, 0));

        pattern.Should().HaveCount(NoisePattern.Length);
        pattern.Should().AllSatisfy(v =>
        {
            Math.Abs(v.Y).Should().BeLessThanOrEqualTo(0.1);
            Math.Sqrt(v.X * v.X + v.Z * v.Z).Should().BeLessThanOrEqualTo(0.01 + Tolerance);
        });
        pattern.Max(v => Math.Abs(v.Y)).Should().BeGreaterThan(0.05, "points reach along the whole straw");
    }

    [Fact]
    public void Cylindrical_noise_needs_the_pixel_shape_and_is_left_out_without_it()
    {
        var straw = new PixelCylinder(Vector3d.Zero, new Vector3d(0.01, 0, 0), new Vector3d(0, 0.2, 0));
        var withShape = new DetectorGeometry("bank", "/entry/instrument/bank", [10, 11, 20, 21], [4],
            [.. Downstream.PixelOffsets], TransformationChain.Empty, straw);
        var config = XyPlane with { Noise = new CylindricalNoise() };

        GeometricProjection.Of(withShape, config).Replicas.Should().HaveCount(5);
        GeometricProjection.Of(Downstream, config).Replicas.Should().ContainSingle();
    }

    private static double[] Centres(PixelScreenMap map, string dim) => map.Layout.ScreenCoords.Single(c => c.Key == dim).Value.ToDoubles();

    private static bool Close(double actual, double expected) => Math.Abs(actual - expected) < Tolerance;
}
