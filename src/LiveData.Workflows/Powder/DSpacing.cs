namespace LiveData.Workflows.Powder;

/// <summary>Bragg's law and the powder corrections upstream (scippneutron, essdiffraction) applies per event.</summary>
public static class DSpacing
{
    /// <summary>2 m_n / h in μs/(Å·m): a neutron of d-spacing d seen at 2θ over L metres arrives DIFC·d μs after leaving.</summary>
    public const double MicrosecondsPerAngstromMetre = 2e6 / Wavelength.NeutronWavelength.AngstromMetresPerSecond;

    /// <summary>d = λ / (2 sin θ) in Å, with θ half the scattering angle.</summary>
    public static double FromWavelength(double wavelengthAngstrom, double sinTheta) => wavelengthAngstrom / (2 * sinTheta);

    /// <summary>The Lorentz factor d⁴ sin θ (Å⁴) that upstream multiplies each event's weight by.</summary>
    public static double LorentzFactor(double dAngstrom, double sinTheta)
    {
        var d2 = dAngstrom * dAngstrom;
        return d2 * d2 * sinTheta;
    }

    /// <summary>DIFC = (2 m_n / h) · L · sin θ in μs/Å, the time of flight per Å of d-spacing.</summary>
    public static double Difc(double flightPathM, double twoThetaRad) => MicrosecondsPerAngstromMetre * flightPathM * Math.Sin(twoThetaRad / 2);
}
