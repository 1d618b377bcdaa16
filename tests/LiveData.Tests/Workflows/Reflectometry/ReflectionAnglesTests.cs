using LiveData.Geometry;
using LiveData.Workflows.Reflectometry;
using LiveData.Workflows.Unavailable;

namespace LiveData.Tests.Workflows.Reflectometry;

/// <summary>θ, the divergence angle and Q as essreflectometry's ESTIA graph computes them, checked by hand.</summary>
public sealed class ReflectionAnglesTests
{
    [Fact]
    public void The_divergence_is_the_pixels_angle_in_the_horizontal_plane_less_the_detector_rotation()
    {
        // atan2(0.05, 4) = 0.0124993490 rad; 1.2° = 0.0209439510 rad. The height (y) does not count.
        ReflectionAngles.Divergence(new Vector3d(0.05, 0.3, 4.0), Vector3d.Zero, 1.2 * Math.PI / 180).Should().BeApproximately(-0.0084446020, 1e-10);
        ReflectionAngles.Divergence(new Vector3d(1.05, 0, 5.0), new Vector3d(1, 0, 1), 0).Should().BeApproximately(0.0124993490, 1e-10);
    }

    [Fact]
    public void Theta_adds_the_sample_rotation_and_q_is_four_pi_sin_theta_over_lambda()
    {
        ReflectionAngles.Theta(-0.0084446020, 0.6 * Math.PI / 180).Should().BeApproximately(0.0020273735, 1e-10);
        // 4π · sin(0.0020273735) / 4 Å = 0.0063691774 1/Å.
        ReflectionAngles.Q(0.0020273735, 4.0).Should().BeApproximately(0.0063691774, 1e-9);
    }

    [Fact]
    public void The_detector_rotation_is_read_from_the_detectors_transformation_of_that_name()
    {
        var arm = new TiltedArm();

        ReflectionAngles.DetectorRotation(arm.Geometry.Detector(TiltedArm.Detector)).Should().BeApproximately(1.2 * Math.PI / 180, 1e-15);
    }

    [Fact]
    public void Without_a_detector_rotation_the_workflow_is_not_available()
    {
        var detector = new DetectorGeometry("multiblade_detector", "/entry/instrument/multiblade_detector", [1], [1], [new(0, 0, 4)], TransformationChain.Empty);

        FluentActions.Invoking(() => ReflectionAngles.DetectorRotation(detector))
            .Should().Throw<WorkflowNotAvailableException>().WithMessage("*multiblade_detector*detector_rotation*");
    }
}
