using LiveData.Instruments.Geometry.Samples;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

/// <summary>Small-angle scattering: what a scientist reads off I(Q).</summary>
[Binding]
public sealed class SansSteps(SansDriver sans, IReqnrollOutputHelper output, ScenarioCancellation test)
{
    // R is the radius of the spheres sample the run was recorded from.
    [Then("I\\(Q) of {word} has its first minimum at Q = {float} \\/ R within {float} %")]
    public async Task ThenIofQHasItsFirstMinimumAt(string source, double qr, double tolerancePercent)
    {
        var expected = qr / LokiSpheres.RadiusAngstrom;
        var found = await sans.WaitForFirstMinimumAsync(source, expected, tolerancePercent, test.Token);
        output.WriteLine(FormattableString.Invariant($"I(Q) of {source}: first minimum at {found:0.#####} 1/Å, expected {expected:0.#####} 1/Å"));
    }
}
