using LiveData.Geometry;
using LiveData.Workflows.Unavailable;

namespace LiveData.Workflows.Reflectometry;

/// <summary>
/// ESTIA's angles as essreflectometry computes them (ess/estia/conversions.py): the divergence angle of a scattered
/// ray, atan2(p.x, p.z) − detector_rotation with p = pixel − sample, and the reflection angle θ = divergence + μ, the
/// sample rotation. Q = 4π sin θ / λ (ess/reflectometry/conversions.py). Radians, metres and Å.
/// </summary>
public static class ReflectionAngles
{
    /// <summary>The name of the detector's transformation upstream reads the detector rotation from.</summary>
    public const string DetectorRotationName = "detector_rotation";

    public static double Divergence(Vector3d pixel, Vector3d sample, double detectorRotation)
    {
        var p = pixel - sample;
        return Math.Atan2(p.X, p.Z) - detectorRotation;
    }

    public static double Theta(double divergence, double sampleRotation) => divergence + sampleRotation;

    public static double Q(double theta, double wavelength) => 4 * Math.PI * Math.Sin(theta) / wavelength;

    /// <summary>
    /// The value (rad) of the detector's <c>transformations/detector_rotation</c>, as upstream's load_detector_rotation
    /// reads it: its first logged value when it is an NXlog.
    /// </summary>
    /// <exception cref="WorkflowNotAvailableException">the detector's depends_on chain has no such transformation.</exception>
    public static double DetectorRotation(DetectorGeometry detector) =>
        detector.DependsOn.Links.FirstOrDefault(l => l.Path.EndsWith("/" + DetectorRotationName, StringComparison.Ordinal))?.SiValue
        ?? throw new WorkflowNotAvailableException(
            $"reflectometry needs the rotation of {detector.Name}: its depends_on chain has no '{DetectorRotationName}' transformation");
}
