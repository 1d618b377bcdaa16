using LiveData.Dashboard.Commands;
using LiveData.Protocol.Acknowledgements;

namespace LiveData.Tests.Dashboard;

public sealed class PendingCommandTrackerTests
{
    private readonly ManualClock _clock = new();
    private readonly PendingCommandTracker _tracker;

    public PendingCommandTrackerTests() => _tracker = new PendingCommandTracker(_clock);

    private List<Notification> Notifications() => [.. _tracker.Notifications];

    [Fact]
    public void A_command_completes_only_when_every_expected_ack_arrived()
    {
        _tracker.Track("m", "Start dummy/monitor_histogram/1", 2);

        _tracker.Process(CommandAcknowledgement.Ack("m", "monitor1"));
        _tracker.Awaited.Should().HaveCount(1);
        Notifications().Should().BeEmpty();

        _tracker.Process(CommandAcknowledgement.Ack("m", "monitor2"));

        _tracker.Awaited.Should().HaveCount(0);
        Notifications().Should().Equal(new Notification("Start dummy/monitor_histogram/1: acknowledged", false));
    }

    [Fact]
    public void An_ERR_makes_the_completed_command_an_error_naming_device_and_text()
    {
        _tracker.Track("m", "Start dummy/monitor_histogram/1", 2);

        _tracker.Process(CommandAcknowledgement.Err("m", "monitor3", "Source 'monitor3' is not allowed"));
        _tracker.Process(CommandAcknowledgement.Ack("m", "monitor1"));

        var notification = Notifications().Should().ContainSingle().Subject;
        notification.IsError.Should().BeTrue();
        notification.Text.Should().Contain("Start dummy/monitor_histogram/1").And.Contain("failed")
            .And.Contain("monitor3: Source 'monitor3' is not allowed");
    }

    [Fact]
    public void Acks_for_unknown_message_ids_are_ignored()
    {
        _tracker.Track("m", "Stop", 1);

        _tracker.Process(CommandAcknowledgement.Ack("other", "monitor1"));

        _tracker.Awaited.Should().HaveCount(1);
        Notifications().Should().BeEmpty();
    }

    [Fact]
    public void Late_acks_after_completion_do_not_notify_again()
    {
        _tracker.Track("m", "Stop", 1);
        _tracker.Process(CommandAcknowledgement.Ack("m", "all"));

        _tracker.Process(CommandAcknowledgement.Ack("m", "all"));

        Notifications().Should().HaveCount(1);
    }

    [Fact]
    public void An_unanswered_command_expires_after_30_s_with_an_error()
    {
        _tracker.Track("m", "Start dummy/monitor_histogram/1", 1);

        _clock.Advance(TimeSpan.FromSeconds(30));
        _tracker.ExpireOverdue();
        _tracker.Awaited.Should().HaveCount(1);
        Notifications().Should().BeEmpty();

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        _tracker.ExpireOverdue();

        _tracker.Awaited.Should().HaveCount(0);
        var notification = Notifications().Should().ContainSingle().Subject;
        notification.IsError.Should().BeTrue();
        notification.Text.Should().Be("Start dummy/monitor_histogram/1: no response within 30 s");
    }

    [Fact]
    public void An_ack_after_expiry_is_ignored()
    {
        _tracker.Track("m", "Stop", 1);
        _clock.Advance(TimeSpan.FromSeconds(31));
        _tracker.ExpireOverdue();

        _tracker.Process(CommandAcknowledgement.Ack("m", "all"));

        Notifications().Should().ContainSingle().Which.IsError.Should().BeTrue();
    }

    [Fact]
    public void Expiry_only_removes_overdue_commands()
    {
        _tracker.Track("old", "Old", 1);
        _clock.Advance(TimeSpan.FromSeconds(20));
        _tracker.Track("new", "New", 1);
        _clock.Advance(TimeSpan.FromSeconds(11));

        _tracker.ExpireOverdue();

        _tracker.Awaited.Should().HaveCount(1);
        Notifications().Should().ContainSingle().Which.Text.Should().StartWith("Old");
    }

    [Fact]
    public void The_timeout_is_30_s()
    {
        PendingCommandTracker.Timeout.Should().Be(TimeSpan.FromSeconds(30));
    }
}
