using LiveData.Geometry.Nexus;
using LiveData.Services.Fakes;
using LiveData.Tests.Services.Support;

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
    public void Once_only_hands_out_every_recorded_pulse_once_then_is_finished()
    {
        var source = new RecordedEventSource("mantle_detector", Recorded(), once: true);

        var pulses = Enumerable.Range(0, 3).Select(_ => source.NextPulse().EventIds.ToArray()).ToList();

        pulses.Select(p => p.Length).Should().Equal(2, 0, 3);
        source.IsFinished.Should().BeTrue();
        source.ReplayedEvents.Should().Be(5);
        source.ReplayedPulses.Should().Be(3);
        var more = () => source.NextPulse();
        more.Should().Throw<InvalidOperationException>().WithMessage("mantle_detector: every one of the 3 recorded pulses has been replayed");
    }

    [Fact]
    public void A_looping_source_never_finishes_and_counts_every_loop()
    {
        var source = new RecordedEventSource("mantle_detector", Recorded());

        for (var i = 0; i < 4; i++)
            source.NextPulse();

        source.IsFinished.Should().BeFalse();
        source.ReplayedPulses.Should().Be(4);
        source.ReplayedEvents.Should().Be(7); // 2 + 0 + 3, then 2 again
    }

    [Fact]
    public void A_once_only_replay_skips_finished_sources_and_reports_the_totals_once()
    {
        // monitor: 1 pulse of 1 event; mantle: 3 pulses, 5 events.
        var monitor = new RecordedEvents("monitor_1", "/entry/instrument/monitor_1/events", [1], [7], [1000], [0]);
        var logger = new ListLogger<RecordedReplay>();
        var replay = new RecordedReplay(
            [new RecordedEventSource("monitor1", monitor, once: true), new RecordedEventSource("mantle_detector", Recorded(), once: true)], logger);
        var published = new List<(string Source, int Events)>();

        var messages = Enumerable.Range(0, 5).Select(_ => replay.Pulse((source, ids, _) => published.Add((source, ids.Length)))).ToList();

        messages.Should().Equal(2, 1, 1, 0, 0);
        published.Should().Equal(("monitor1", 1), ("mantle_detector", 2), ("mantle_detector", 0), ("mantle_detector", 3));
        replay.IsFinished.Should().BeTrue();
        logger.Entries.Select(e => e.Message).Should().Equal("Replay finished: 6 events from 3 pulses");
    }

    [Fact]
    public void A_looping_replay_never_reports_finished()
    {
        var logger = new ListLogger<RecordedReplay>();
        var replay = new RecordedReplay([new RecordedEventSource("mantle_detector", Recorded())], logger);

        for (var i = 0; i < 10; i++)
            replay.Pulse((_, _, _) => { });

        replay.IsFinished.Should().BeFalse();
        logger.Entries.Should().BeEmpty();
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
