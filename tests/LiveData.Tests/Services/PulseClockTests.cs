using LiveData.Services.Fakes;

namespace LiveData.Tests.Services;

public sealed class PulseClockTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private long OriginNs => (_clock.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks * 100;

    [Fact]
    public void The_period_is_one_fourteenth_of_a_second()
    {
        PulseClock.PulseRateHz.Should().Be(14.0);
        PulseClock.PeriodNs.Should().Be(71_428_571);
    }

    [Fact]
    public void The_first_pulse_is_due_at_start()
    {
        var origin = OriginNs;
        var pulses = new PulseClock(_clock);

        pulses.DuePulses().Should().Equal(origin);
        pulses.DuePulses().Should().BeEmpty();
    }

    [Fact]
    public void A_second_later_fourteen_more_pulses_are_due_on_the_exact_grid()
    {
        var origin = OriginNs;
        var pulses = new PulseClock(_clock);
        pulses.DuePulses().ToList();

        _clock.Advance(TimeSpan.FromSeconds(1));

        pulses.DuePulses().Should().Equal(Enumerable.Range(1, 14).Select(k => origin + k * PulseClock.PeriodNs));
    }

    [Fact]
    public void A_lagging_loop_catches_up_instead_of_drifting()
    {
        var origin = OriginNs;
        var pulses = new PulseClock(_clock);

        _clock.Advance(TimeSpan.FromMilliseconds(250));

        pulses.DuePulses().Should().Equal(origin, origin + PulseClock.PeriodNs, origin + 2 * PulseClock.PeriodNs, origin + 3 * PulseClock.PeriodNs);
    }

    [Fact]
    public void UntilNextPulse_is_the_time_to_the_next_grid_point()
    {
        var pulses = new PulseClock(_clock);
        pulses.DuePulses().ToList();
        _clock.Advance(TimeSpan.FromMilliseconds(20));

        pulses.UntilNextPulse().Should().Be(TimeSpan.FromTicks((PulseClock.PeriodNs - 20_000_000) / 100));
    }

    [Fact]
    public void UntilNextPulse_is_zero_when_a_pulse_is_overdue()
    {
        var pulses = new PulseClock(_clock);

        pulses.UntilNextPulse().Should().Be(TimeSpan.Zero);
    }
}
