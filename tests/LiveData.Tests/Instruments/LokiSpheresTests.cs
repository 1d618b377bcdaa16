using LiveData.Instruments.Geometry.Samples;

namespace LiveData.Tests.Instruments;

public sealed class LokiSpheresTests
{
    [Fact]
    public void The_form_factor_is_1_at_zero_and_vanishes_at_the_first_root_of_tan_x_equals_x()
    {
        // x = 2: 3(sin 2 − 2 cos 2)/8 = 3(0.909297 + 0.832294)/8 = 0.653097, squared 0.426536.
        LokiSpheres.FormFactor(0).Should().Be(1);
        LokiSpheres.FormFactor(2).Should().BeApproximately(0.426536, 1e-6);
        LokiSpheres.FormFactor(LokiSpheres.FirstMinimumQR).Should().BeLessThan(1e-12);
    }

    [Fact]
    public void The_spheres_are_a_known_sample_of_loki()
    {
        KnownSamples.Get("loki", "spheres").Should().BeOfType<LokiSpheres>();
    }
}
