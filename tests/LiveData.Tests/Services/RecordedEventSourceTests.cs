using LiveData.Geometry.Nexus;
using LiveData.Services.Fakes;

namespace LiveData.Tests.Services;

public sealed class RecordedEventSourceTests
{
    // 5 events in 3 recorded pulses: [10, 11], [], [12, 13, 14].
    private static RecordedEvents Recorded() =>
        new("mantle_detector", "/entry/instrument/mantle_detector/events", [10, 11, 12, 13, 14], [1, 2, 3, 4, 5],
            [1000, 2000, 3000], [0, 2, 2]);

    [Fact]
    public void Publishes_one_recorded_pulse_per_call_in_order_and_loops_at_the_end()
    {
        var source = new RecordedEventSource("mantle_detector", Recorded());

        var pulses = Enumerable.Range(0, 7).Select(_ => source.NextPulse()).Select(p => (Ids: p.EventIds.ToArray(), Toa: p.TimeOffsetNs.ToArray())).ToList();

        pulses.Select(p => p.Ids.Length).Should().Equal(2, 0, 3, 2, 0, 3, 2);
        pulses[2].Ids.Should().Equal(12, 13, 14);
        pulses[2].Toa.Should().Equal(3, 4, 5);
        pulses[3].Ids.Should().Equal(10, 11);
        pulses.Take(3).Sum(p => p.Ids.Length).Should().Be(5, "one pass over the recorded pulses publishes every recorded event once");
    }

    [Fact]
    public void A_run_without_pulses_publishes_empty_messages()
    {
        var source = new RecordedEventSource("m", new RecordedEvents("m", "/e", [], [], [], []));

        source.NextPulse().EventIds.Length.Should().Be(0);
    }

    [Fact]
    public void A_run_without_events_for_the_fake_is_refused_naming_the_file()
    {
        var onlyDetectors = new RecordedRun("run.nxs", [Recorded()], []);

        RecordedRunChecks.Problem(onlyDetectors, monitors: false).Should().BeNull();
        RecordedRunChecks.Problem(onlyDetectors, monitors: true).Should()
            .Be("run.nxs: no NXmonitor under the NXinstrument has (exactly one) NXevent_data to replay");
        RecordedRunChecks.Problem(new RecordedRun("run.nxs", [], []), monitors: false).Should().StartWith("run.nxs: no NXdetector");
    }
}
