namespace LiveData.Workflows.Spectroscopy;

/// <summary>
/// A neutron's energy, wave number and speed from its wavelength, with scipp's constants (h, m_n of CODATA):
/// E = h² / (2 m_n λ²), k = 2π / λ, v = h / (m_n λ).
/// </summary>
public static class NeutronEnergy
{
    /// <summary>h² / (2 m_n) in meV·Å²: E = this / λ².</summary>
    public const double MeVSquareAngstrom = 81.80421;

    /// <summary>ħ² / (2 m_n) in meV·Å²: E = this · k².</summary>
    public const double MeVPerInverseSquareAngstrom = 2.072125;

    /// <summary>E (meV) of a neutron of <paramref name="wavelength"/> Å.</summary>
    public static double FromWavelength(double wavelength) => MeVSquareAngstrom / (wavelength * wavelength);

    /// <summary>λ (Å) of a neutron of <paramref name="energy"/> meV.</summary>
    public static double Wavelength(double energy) => Math.Sqrt(MeVSquareAngstrom / energy);

    /// <summary>k = 2π / λ (1/Å).</summary>
    public static double WaveNumber(double wavelength) => 2 * Math.PI / wavelength;

    /// <summary>v = h / (m_n λ) in m/s.</summary>
    public static double Speed(double wavelength) => LiveData.Workflows.Wavelength.NeutronWavelength.AngstromMetresPerSecond / wavelength;
}
