using LiveData.Geometry;

namespace LiveData.Tests.Geometry;

/// <summary>
/// Summaries of a small geometry checked by hand: a 3-pixel bank along x at z = 1 m (offsets 0, 1, 2 m ahead of a
/// 1 m translation along z), the source 10 m upstream, a monitor 2 m upstream.
/// </summary>
public sealed class GeometrySummaryTests
{
    private const double Tolerance = 1e-12;
    private static readonly Vector3d Source = new(0, 0, -10);

    private static DetectorGeometry Bank() => new("bank", "/entry/instrument/bank", [7, 5, 9], [3],
        [new Vector3d(0, 0, 0), new Vector3d(1, 0, 0), new Vector3d(2, 0, 0)],
        new TransformationChain([new Transformation("/t", TransformationType.Translation, 1, "m", new Vector3d(0, 0, 1), Vector3d.Zero, null, false)]));

    [Fact]
    public void A_detector_gives_its_number_L2_and_two_theta_ranges()
    {
        var summary = GeometrySummary.Of(Bank(), Vector3d.Zero, Source);

        summary.Pixels.Should().Be(3);
        summary.DetectorNumbers.Should().Be(new ValueRange(5, 9));
        // Pixels at (0, 0, 1), (1, 0, 1), (2, 0, 1): L2 = 1, √2, √5; 2θ = 0°, 45°, atan(2) in degrees.
        summary.L2!.Value.Min.Should().BeApproximately(1, Tolerance);
        summary.L2!.Value.Max.Should().BeApproximately(Math.Sqrt(5), Tolerance);
        summary.TwoThetaDegrees!.Value.Min.Should().BeApproximately(0, Tolerance);
        summary.TwoThetaDegrees!.Value.Max.Should().BeApproximately(Math.Atan(2) * 180 / Math.PI, Tolerance);
        summary.IsMoving.Should().BeFalse();
    }

    [Fact]
    public void Without_a_source_two_theta_is_unknown_and_L2_still_given()
    {
        var summary = GeometrySummary.Of(Bank(), Vector3d.Zero, null);

        summary.TwoThetaDegrees.Should().BeNull();
        summary.L2!.Value.Max.Should().BeApproximately(Math.Sqrt(5), Tolerance);
    }

    [Fact]
    public void A_monitor_gives_its_position_and_distance_to_the_source()
    {
        var monitor = new ComponentGeometry("monitor_1", "/entry/instrument/monitor_1",
            new TransformationChain([new Transformation("/m", TransformationType.Translation, -2, "m", new Vector3d(0, 0, 1), Vector3d.Zero, null, true)]));

        var summary = GeometrySummary.Of(monitor, Source);

        summary.Position.Should().Be(new Vector3d(0, 0, -2));
        summary.DistanceToSource.Should().BeApproximately(8, Tolerance);
        summary.IsMoving.Should().BeTrue();
    }
}
