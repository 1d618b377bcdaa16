using LiveData.Geometry.Nexus;
using LiveData.Instruments;
using LiveData.Instruments.Geometry;

namespace LiveData.Tests.Geometry;

/// <summary>Synthetic recorded runs: deterministic for a seed, events on their bank's pixels, readable for replay.</summary>
public sealed class SyntheticRunTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("livedata-run-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void The_same_seed_gives_the_same_events_and_another_seed_others()
    {
        var dummy = InstrumentCatalog.Get("dummy");

        var first = SyntheticRun.For(dummy, 5, seed: 7).Detectors[0].Events!;
        var again = SyntheticRun.For(dummy, 5, seed: 7).Detectors[0].Events!;
        var other = SyntheticRun.For(dummy, 5, seed: 8).Detectors[0].Events!;

        again.EventId.Should().Equal(first.EventId);
        again.EventTimeOffsetNs.Should().Equal(first.EventTimeOffsetNs);
        other.EventId.Should().NotEqual(first.EventId);
    }

    [Fact]
    public void Events_fall_on_their_bank_and_in_the_frame_and_pulses_are_14_Hz_apart()
    {
        var run = SyntheticRun.For(InstrumentCatalog.Get("loki"), 3, seed: 1);

        foreach (var detector in run.Detectors)
        {
            var events = detector.Events!;
            events.EventId.Should().AllSatisfy(id => id.Should().BeInRange(detector.DetectorNumbers[0], detector.DetectorNumbers[^1]));
            events.EventTimeOffsetNs.Should().AllSatisfy(t => t.Should().BeInRange(0, 71_000_000));
            events.EventTimeZeroNs.Should().Equal(RecordedPulses.FirstPulseNs, RecordedPulses.FirstPulseNs + 71_428_571, RecordedPulses.FirstPulseNs + 142_857_142);
            events.EventIndex[0].Should().Be(0);
        }
        run.Monitors.Should().AllSatisfy(m => m.Events!.EventId.Should().AllSatisfy(id => id.Should().Be(1)));
    }

    [Fact]
    public void A_written_run_reads_back_with_every_event_of_every_source()
    {
        var content = SyntheticRun.For(InstrumentCatalog.Get("dummy"), 4, seed: 3);
        var path = Path.Combine(_folder.FullName, "run.nxs");
        NexusFileWriter.Write(path, content);

        var run = RecordedEventsReader.Read(path);

        run.Detectors.Select(d => d.Name).Should().Equal("panel_0");
        run.Monitors.Select(m => m.Name).Should().Equal("monitor1", "monitor2");
        run.Detectors[0].EventCount.Should().Be(content.Detectors[0].Events!.EventCount);
        run.Detectors[0].PulseCount.Should().Be(4);
        var written = content.Detectors[0].Events!;
        var pulse1 = run.Detectors[0].Pulse(1).EventIds.ToArray();
        pulse1.Should().Equal(written.EventId[(int)written.EventIndex[1]..(int)written.EventIndex[2]]);
    }
}
