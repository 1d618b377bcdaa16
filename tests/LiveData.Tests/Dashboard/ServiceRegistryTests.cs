using LiveData.Dashboard.Jobs;

namespace LiveData.Tests.Dashboard;

public sealed class ServiceRegistryTests
{
    private readonly ManualClock _clock = new();
    private readonly ServiceRegistry _registry;

    public ServiceRegistryTests() => _registry = new ServiceRegistry(_clock);

    private static ServiceStatus Worker(string id, ServiceState state = ServiceState.Running) =>
        new("dummy", "monitor_data", id, state, 1, 0, null, 1.0, null);

    [Fact]
    public void Keeps_the_latest_status_per_worker_key()
    {
        _registry.Record(Worker("a", ServiceState.Starting));
        _registry.Record(Worker("a", ServiceState.Running));
        _registry.Record(Worker("b"));

        _registry.WorkerStatuses.Keys.Should().BeEquivalentTo("dummy:monitor_data:a", "dummy:monitor_data:b");
        _registry.WorkerStatuses["dummy:monitor_data:a"].State.Should().Be(ServiceState.Running);
    }

    [Fact]
    public void A_running_worker_is_fresh_for_30_s_and_stale_after()
    {
        _registry.Record(Worker("a"));

        _clock.Advance(TimeSpan.FromSeconds(30));
        _registry.IsStatusStale("dummy:monitor_data:a").Should().BeFalse();
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        _registry.IsStatusStale("dummy:monitor_data:a").Should().BeTrue();
    }

    [Theory]
    [InlineData(ServiceState.Starting)]
    [InlineData(ServiceState.Error)]
    public void Workers_that_did_not_stop_cleanly_go_stale(ServiceState state)
    {
        _registry.Record(Worker("a", state));
        _clock.Advance(TimeSpan.FromSeconds(31));

        _registry.IsStatusStale("dummy:monitor_data:a").Should().BeTrue();
    }

    [Fact]
    public void A_cleanly_stopped_worker_is_never_stale()
    {
        _registry.Record(Worker("a", ServiceState.Stopped));

        _clock.Advance(TimeSpan.FromHours(1));

        _registry.IsStatusStale("dummy:monitor_data:a").Should().BeFalse();
    }

    [Fact]
    public void A_new_heartbeat_makes_a_stale_worker_fresh_again()
    {
        _registry.Record(Worker("a"));
        _clock.Advance(TimeSpan.FromSeconds(45));

        _registry.Record(Worker("a"));

        _registry.IsStatusStale("dummy:monitor_data:a").Should().BeFalse();
    }

    [Fact]
    public void A_heartbeat_without_stream_statistics_keeps_the_last_ones()
    {
        var stats = new StreamStatistics(30.0, [new StreamCount("dummy_beam_monitor", "<skipped>", "<skipped>", 19)]);
        _registry.Record(Worker("a") with { StreamStats = stats });

        _registry.Record(Worker("a") with { ActiveJobCount = 3 });

        _registry.WorkerStatuses["dummy:monitor_data:a"].Should().Be(Worker("a") with { ActiveJobCount = 3, StreamStats = stats });
    }
}
