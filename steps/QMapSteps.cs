using Reqnroll;

namespace LiveData.Acceptance.Steps;

/// <summary>BIFROST's Q maps: where a known sample's energy transfer sits, and the binning the scientist asked for.</summary>
[Binding]
public sealed class QMapSteps(QMapDriver qmap, ScenarioCancellation test)
{
    private static readonly double[] ArcEnergies = [2.7, 3.2, 3.8, 4.4, 5.0];

    [When("the sample table's rotation stage is logged at a3 = {float}°")]
    public Task WhenTheRotationStageIsLogged(double degrees) => qmap.LogSampleRotationAsync(degrees, test.Token);

    [Then("all of the elastic Q map's intensity lies at {word} {word}")]
    public Task ThenAllIntensityLiesAt(string side, string dim) =>
        side is "positive" or "negative"
            ? qmap.WaitForIntensityOnOneSideAsync(dim, side == "positive", test.Token)
            : throw new ArgumentException($"'{side}' is neither positive nor negative");

    [Then("the elastic line sits at ΔE = {float} meV within {float} meV on every arc")]
    public Task ThenTheElasticLineSits(double energy, double tolerance) => qmap.WaitForElasticLineAsync(energy, tolerance, test.Token);

    [Then("the dispersion's energy at Q = {float} 1\\/Å is {float} meV within {float} %")]
    public Task ThenTheDispersionsEnergyIs(double q, double energy, double percent) => qmap.WaitForDispersionAsync(q, energy, percent, test.Token);

    [Then("the Q map has {int} ΔE bins from {float} to {float} meV against {int} Q bins from {float} to {float} 1\\/Å on each of the 5 arcs")]
    public async Task ThenTheQMapHasBins(int energyBins, double energyFrom, double energyTo, int qBins, double qFrom, double qTo)
    {
        var cut = await qmap.WaitForBinningAsync("ΔE", energyBins, energyFrom, energyTo, "Q", qBins, qFrom, qTo, test.Token);
        ExpectCounts(cut, "ΔE", "meV", "Q");
    }

    [Then("the elastic Q map shows {word} against {word} on each of the 5 arcs, {int} bins from {float} to {float} 1\\/Å each")]
    public async Task ThenTheElasticQMapShows(string vertical, string horizontal, int bins, double from, double to)
    {
        var cut = await qmap.WaitForBinningAsync(vertical, bins, from, to, horizontal, bins, from, to, test.Token);
        ExpectCounts(cut, vertical, "1/Å", horizontal);
    }

    private static void ExpectCounts(LiveData.Core.Data.DataArray cut, string dim2, string unit2, string dim1)
    {
        cut.Data.Dims.Should().Equal("arc", dim2, dim1);
        cut.Data.Unit.Should().Be("counts*Å/pC", "events are divided by the monitor's density in λ (1/Å) and 1 pC");
        cut.Coord("arc")!.ToDoubles().Should().Equal(ArcEnergies);
        cut.Coord("arc")!.Unit.Should().Be("meV");
        cut.Coord(dim2)!.Unit.Should().Be(unit2);
        cut.Coord(dim1)!.Unit.Should().Be("1/Å");
        cut.Data.ToDoubles().Sum().Should().BePositive("the sample's events are in the map");
        cut.Data.Variances.Should().NotBeNull("each cell carries the sum of its events' squared weights");
    }
}
