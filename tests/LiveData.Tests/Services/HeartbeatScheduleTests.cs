using LiveData.Services.Publishing;

namespace LiveData.Tests.Services;

public sealed class HeartbeatScheduleTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void Due_on_the_first_cycle()
    {
        new HeartbeatSchedule(_clock, HeartbeatSchedule.DefaultInterval).IsDue().Should().BeTrue();
    }

    [Fact]
    public void Not_due_again_within_the_interval_and_due_once_it_passed()
    {
        var schedule = new HeartbeatSchedule(_clock, TimeSpan.FromSeconds(2));
        schedule.IsDue();

        _clock.Advance(TimeSpan.FromMilliseconds(1999));
        schedule.IsDue().Should().BeFalse();
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        schedule.IsDue().Should().BeTrue();
        schedule.IsDue().Should().BeFalse();
    }

    [Fact]
    public void The_default_interval_is_2_s()
    {
        HeartbeatSchedule.DefaultInterval.Should().Be(TimeSpan.FromSeconds(2));
    }
}
