using LiveData.Services.Fakes;

namespace LiveData.Tests.Services;

public sealed class MonitorEventGeneratorTests
{
    private const double Ms = 1e6;

    private static (double Mean, double StdDev) Stats(IReadOnlyCollection<int> values)
    {
        var mean = values.Average(v => (double)v);
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
        return (mean, Math.Sqrt(variance));
    }

    [Theory]
    [InlineData(0, 10_000.0)]
    [InlineData(1, 7_000.0)]
    public void Each_pulse_has_about_10000_times_0_7_to_the_i_events(int monitor, double expected)
    {
        var generator = new MonitorEventGenerator(monitor, 2, new Random(42));

        var counts = Enumerable.Range(0, 200).Select(_ => generator.NextPulse().Length).ToList();

        // 10 % spread per pulse: every pulse within 3 sigma, the mean of 200 within 3 sigma / sqrt(200).
        counts.Should().OnlyContain(c => Math.Abs(c - expected) <= 3 * 0.1 * expected);
        var (mean, spread) = Stats(counts);
        mean.Should().BeApproximately(expected, 3 * 0.1 * expected / Math.Sqrt(200));
        spread.Should().BeInRange(0.07 * expected, 0.13 * expected);
    }

    [Theory]
    [InlineData(0, 2, 20.0)]
    [InlineData(1, 2, 50.0)]
    [InlineData(0, 1, 20.0)]
    [InlineData(2, 5, 35.0)]
    [InlineData(9, 10, 50.0)]
    public void Time_of_arrival_is_normal_around_20_ms_plus_30_ms_times_i_over_n_minus_1_with_10_ms_sigma(int monitor, int count, double meanMs)
    {
        var generator = new MonitorEventGenerator(monitor, count, new Random(7));

        var toa = Enumerable.Range(0, 5).SelectMany(_ => generator.NextPulse()).ToList();

        var (mean, spread) = Stats(toa);
        mean.Should().BeApproximately(meanMs * Ms, 3 * 10 * Ms / Math.Sqrt(toa.Count));
        spread.Should().BeApproximately(10 * Ms, 0.05 * 10 * Ms);
    }

    [Fact]
    public void A_rate_multiplier_scales_the_mean_count_per_pulse()
    {
        var generator = new MonitorEventGenerator(0, 2, new Random(5), rateMultiplier: 10);

        var counts = Enumerable.Range(0, 100).Select(_ => generator.NextPulse().Length).ToList();

        Stats(counts).Mean.Should().BeApproximately(100_000, 3 * 0.1 * 100_000 / Math.Sqrt(100));
    }

    [Fact]
    public void Time_of_arrival_is_not_clipped_to_the_pulse()
    {
        var generator = new MonitorEventGenerator(0, 2, new Random(3));

        var toa = Enumerable.Range(0, 10).SelectMany(_ => generator.NextPulse()).ToList();

        toa.Should().Contain(t => t < 0, "about 2 % of a Normal(20 ms, 10 ms) lies below zero");
    }

    [Fact]
    public void The_same_seed_gives_the_same_events()
    {
        var a = new MonitorEventGenerator(1, 2, new Random(11)).NextPulse();
        var b = new MonitorEventGenerator(1, 2, new Random(11)).NextPulse();

        a.Should().Equal(b);
    }
}
