using LiveData.Instruments.Geometry.Samples;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

/// <summary>Small-angle scattering: what a scientist reads off I(Q).</summary>
[Binding]
public sealed class SansSteps(SansDriver sans, ScenarioCancellation test)
{
    // R is the radius of the spheres sample the run was recorded from.
    [Then("I\\(Q) of {word} has its first minimum at Q = {float} \\/ R within {float} %")]
    public Task ThenIofQHasItsFirstMinimumAt(string source, double qr, double tolerancePercent) =>
        sans.WaitForFirstMinimumAsync(source, qr / LokiSpheres.RadiusAngstrom, tolerancePercent, test.Token);
}
