namespace LiveData.Workflows.Sans;

/// <summary>The elastic momentum transfer (scippneutron's <c>Q</c>): Q = 4π sin(2θ/2) / λ, in 1/Å for λ in Å.</summary>
public static class ScatteringVector
{
    public static double Magnitude(double wavelengthAngstrom, double twoTheta) =>
        FromSinTheta(wavelengthAngstrom, Math.Sin(twoTheta / 2));

    /// <summary>Q from a pixel's precomputed sin θ (θ half the scattering angle), as the per-event loop uses it.</summary>
    public static double FromSinTheta(double wavelengthAngstrom, double sinTheta) => 4 * Math.PI * sinTheta / wavelengthAngstrom;
}
