using LiveData.Bench.Latency;

namespace LiveData.Tests.Bench;

public class PulseGridTests
{
    private static readonly PulseGrid Grid = new(KnownPulseNs: 1_000, PeriodNs: 100);

    [Theory]
    [InlineData(1_301, 1_300)]
    [InlineData(1_399, 1_300)]
    [InlineData(1_001, 1_000)]
    [InlineData(950, 900)]
    [InlineData(901, 900)]
    [InlineData(900, 800)]
    public void The_newest_pulse_of_a_window_is_the_last_grid_pulse_before_its_end(long endNs, long newest)
    {
        Grid.NewestBefore(endNs).Should().Be(newest);
    }

    [Fact]
    public void A_pulse_exactly_at_the_end_belongs_to_the_next_window()
    {
        Grid.NewestBefore(1_300).Should().Be(1_200);
        Grid.NewestBefore(1_000).Should().Be(900);
    }
}
