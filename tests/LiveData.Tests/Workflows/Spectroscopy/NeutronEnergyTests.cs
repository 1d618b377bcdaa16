using LiveData.Workflows.Spectroscopy;

namespace LiveData.Tests.Workflows.Spectroscopy;

/// <summary>E = 81.80421 / λ² meV, k = 2π / λ and v = 3956.034 / λ m/s, checked against values worked out by hand.</summary>
public sealed class NeutronEnergyTests
{
    [Theory]
    [InlineData(1.8, 25.24821)] // 81.80421 / 3.24
    [InlineData(4.0, 5.112763)] // 81.80421 / 16
    public void Energy_is_81_804_over_lambda_squared(double wavelength, double energy)
    {
        NeutronEnergy.FromWavelength(wavelength).Should().BeApproximately(energy, 1e-5);
    }

    [Fact]
    public void Five_meV_has_wave_number_1_55338()
    {
        // λ = √(81.80421 / 5) = 4.044854 Å, k = 2π / λ.
        NeutronEnergy.Wavelength(5.0).Should().BeApproximately(4.044854, 1e-6);
        NeutronEnergy.WaveNumber(NeutronEnergy.Wavelength(5.0)).Should().BeApproximately(1.55338, 1e-5);
    }

    [Fact]
    public void The_energy_constant_in_k_is_the_one_in_lambda_over_4_pi_squared()
    {
        (NeutronEnergy.MeVSquareAngstrom / (4 * Math.PI * Math.PI)).Should().BeApproximately(NeutronEnergy.MeVPerInverseSquareAngstrom, 1e-6);
    }

    [Fact]
    public void A_neutron_of_3_956034_angstrom_flies_at_1000_metres_per_second()
    {
        NeutronEnergy.Speed(3.956034).Should().BeApproximately(1000, 1e-3);
    }
}
