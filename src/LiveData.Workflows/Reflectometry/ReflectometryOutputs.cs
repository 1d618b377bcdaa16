namespace LiveData.Workflows.Reflectometry;

/// <summary>Upstream's <c>EstiaReflectometryReductionOutputs</c>: names and titles, all cumulative.</summary>
public static class ReflectometryOutputs
{
    public const string IOfWavelength = "i_of_wavelength";
    public const string IOfQ = "i_of_q";
    public const string IOfThetaWavelength = "i_of_theta_wavelength";

    /// <summary>counts / (1 µA), as scipp names the unit of counts divided by the proton current.</summary>
    public const string Unit = "counts/uA";

    public static IReadOnlyList<OutputSpec> Specs { get; } =
    [
        new(IOfWavelength, "I(λ)", Temporality.Cumulative),
        new(IOfQ, "I(Q)", Temporality.Cumulative),
        new(IOfThetaWavelength, "I(θ, λ)", Temporality.Cumulative),
    ];
}
