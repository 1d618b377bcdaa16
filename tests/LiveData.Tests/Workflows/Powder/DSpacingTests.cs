using LiveData.Workflows.Powder;
using LiveData.Workflows.Wavelength;

namespace LiveData.Tests.Workflows.Powder;

/// <summary>Bragg's law and DIFC against values worked out by hand (h/m_n = 3956.034 m·Å/s).</summary>
public sealed class DSpacingTests
{
    [Fact]
    public void Silicon_220_at_90_degrees_over_78_m_arrives_after_53541_us_and_converts_back_to_1_9201_angstrom()
    {
        // DIFC = 505.5568 μs/(Å·m) · 78 m · sin 45° = 27883.6 μs/Å; t = 27883.6 · 1.92015 = 53540.8 μs.
        DSpacing.Difc(78, Math.PI / 2).Should().BeApproximately(27883.6, 0.1);

        // λ = 3956.034 · 0.0535408 s / 78 m = 211.8092 / 78 = 2.71550 Å; d = λ / (2 sin 45°) = 1.92015 Å.
        var wavelength = NeutronWavelength.FromTimeOfFlight(53540.8e-6, 78);
        wavelength.Should().BeApproximately(2.71550, 1e-5);
        DSpacing.FromWavelength(wavelength, Math.Sin(Math.PI / 4)).Should().BeApproximately(1.92015, 1e-5);
    }

    [Fact]
    public void At_2theta_30_degrees_d_is_lambda_over_2_sin_15_degrees()
    {
        // 2 sin 15° = 0.517638: λ = 1 Å gives d = 1.931852 Å.
        DSpacing.FromWavelength(1.0, Math.Sin(Math.PI / 12)).Should().BeApproximately(1.931852, 1e-6);
    }

    [Fact]
    public void The_Lorentz_factor_is_d_to_the_fourth_times_sin_theta()
    {
        // 2⁴ · 0.5 = 8; 1.2⁴ · sin 15° = 2.0736 · 0.258819 = 0.536687.
        DSpacing.LorentzFactor(2.0, 0.5).Should().Be(8.0);
        DSpacing.LorentzFactor(1.2, Math.Sin(Math.PI / 12)).Should().BeApproximately(0.536687, 1e-6);
    }
}
