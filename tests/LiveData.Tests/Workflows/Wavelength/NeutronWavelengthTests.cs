using LiveData.Workflows.Wavelength;

namespace LiveData.Tests.Workflows.Wavelength;

public sealed class NeutronWavelengthTests
{
    [Fact]
    public void A_neutron_that_flies_20_m_in_10_ms_has_1_978_angstrom()
    {
        NeutronWavelength.FromTimeOfFlight(0.010, 20).Should().BeApproximately(1.978, 0.0005);
        NeutronWavelength.AngstromMetresPerSecond.Should().BeApproximately(3956.03, 0.01);
    }

    [Fact]
    public void Time_of_flight_is_the_inverse()
    {
        NeutronWavelength.TimeOfFlight(NeutronWavelength.FromTimeOfFlight(0.0421, 76.5), 76.5).Should().BeApproximately(0.0421, 1e-15);
    }
}
