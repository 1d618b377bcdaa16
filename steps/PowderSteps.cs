using Reqnroll;

namespace LiveData.Acceptance.Steps;

/// <summary>DREAM's powder pattern: the Bragg reflections of a known sample and the binning the scientist asked for.</summary>
[Binding]
public sealed class PowderSteps(PowderDriver powder, ScenarioCancellation test)
{
    [Then("the DREAM powder pattern shows silicon's {int}, {int} and {int} reflections at {float}, {float} and {float} Å within {float} %")]
    public Task ThenThePowderPatternShowsReflections(int first, int second, int third, double d1, double d2, double d3, double percent)
    {
        PowderDriver.MisstatedReflections([first, second, third], [d1, d2, d3]).Should().BeEmpty();
        return powder.WaitForPeaksAsync([d1, d2, d3], percent / 100, normalised: false, test.Token);
    }

    [Then("the vanadium-normalised DREAM powder pattern shows silicon's {int}, {int} and {int} reflections at {float}, {float} and {float} Å within {float} %")]
    public async Task ThenTheNormalisedPatternShowsReflections(int first, int second, int third, double d1, double d2, double d3, double percent)
    {
        PowderDriver.MisstatedReflections([first, second, third], [d1, d2, d3]).Should().BeEmpty();
        await powder.WaitForPeaksAsync([d1, d2, d3], percent / 100, normalised: true, test.Token);
        var (dspacing, twoTheta, tof) = await powder.NormalisedAsync(test.Token);
        dspacing.Data.Unit.Should().Be("dimensionless", "sample and vanadium patterns are both divided by their own sums");
        twoTheta.Data.Dims.Should().Equal("two_theta", "dspacing");
        tof.Data.Dims.Should().Equal("tof");
    }

    [Then("the DREAM powder pattern has {int} d-spacing bins from {float} to {float} Å, also against 2θ and time of flight")]
    public async Task ThenThePowderPatternHasBins(int bins, double from, double to)
    {
        var (dspacing, twoTheta, tof) = await powder.WaitForBinningAsync(bins, from, to, test.Token);
        dspacing.Data.Dims.Should().Equal("dspacing");
        dspacing.Coord("dspacing")!.Unit.Should().Be("Å");
        dspacing.Data.Unit.Should().Be("Å^4*uAh", "upstream divides the Lorentz-weighted counts by a charge in counts/µAh");
        dspacing.Data.ToDoubles().Sum().Should().BeApproximately(1, 1e-9, "upstream's fake charge is the pattern's own sum");
        twoTheta.Data.Dims.Should().Equal("two_theta", "dspacing");
        twoTheta.Data.Shape[1].Should().Be(bins);
        twoTheta.Coord("two_theta")!.Unit.Should().Be("rad");
        tof.Data.Dims.Should().Equal("tof");
        tof.Data.Shape[0].Should().Be(bins);
        tof.Coord("tof")!.Unit.Should().Be("us");
    }
}
