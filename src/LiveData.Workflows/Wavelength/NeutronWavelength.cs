namespace LiveData.Workflows.Wavelength;

/// <summary>de Broglie: λ = h·t / (m_n·L), the wavelength of a neutron that flew L metres in t seconds.</summary>
public static class NeutronWavelength
{
    /// <summary>h / m_n in Å·m/s (CODATA 2018: 6.62607015e-34 J·s / 1.67492750056e-27 kg ≈ 3956.03).</summary>
    public const double AngstromMetresPerSecond = 6.62607015e-34 / 1.67492750056e-27 * 1e10;

    public static double FromTimeOfFlight(double seconds, double metres) => AngstromMetresPerSecond * seconds / metres;

    public static double TimeOfFlight(double angstrom, double metres) => angstrom * metres / AngstromMetresPerSecond;
}
