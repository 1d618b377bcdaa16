using LiveData.Bench.Pipeline;

namespace LiveData.Tests.Bench;

/// <summary>The cluster sizing the pipeline bench derives from its per-core and per-partition rates.</summary>
public sealed class PipelineSizingTests
{
    [Fact]
    public void Workers_and_partitions_round_up_to_cover_the_peak()
    {
        var sizing = new ScaleOutSizing("DREAM", PeakEventsPerSecond: 7.5e7, BytesPerEvent: 8, EventsPerSecondPerCore: 2e7, MegabytesPerSecondPerPartition: 50);

        sizing.PeakMegabytesPerSecond.Should().Be(600);
        sizing.Workers.Should().Be(4, "3.75 workers' worth of events");
        sizing.Partitions.Should().Be(12);
    }

    [Fact]
    public void A_peak_one_worker_handles_still_needs_one_worker_and_partition() =>
        new ScaleOutSizing("tiny", 10, 8, 1e7, 100).Should().Match<ScaleOutSizing>(s => s.Workers == 1 && s.Partitions == 1);

    [Fact]
    public void Exact_multiples_need_no_extra_unit() =>
        new ScaleOutSizing("LOKI", 1e7, 10, 5e6, 25).Should().Match<ScaleOutSizing>(s => s.Workers == 2 && s.Partitions == 4);

    [Fact]
    public void A_rate_of_zero_cannot_size_anything()
    {
        var sizing = new ScaleOutSizing("LOKI", 1e7, 8, 0, 25);

        sizing.Invoking(s => s.Workers).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_offered_load_follows_the_fake_detectors_rate_multiplier()
    {
        var loki = LiveData.Instruments.InstrumentCatalog.Get("loki");
        var nominal = DetectorLoad.For(loki, 1);
        var tenfold = DetectorLoad.For(loki, 10);

        nominal.OfferedEventsPerSecond.Should().Be(loki.FakeEventsPerPulse * loki.DetectorStreams.Count * 14.0);
        tenfold.EventsPerMessage.Should().Be(10 * nominal.EventsPerMessage);
        tenfold.BytesPerEvent.Should().BeInRange(8, 8.1, "an ev44 event is a 4-byte pixel id and a 4-byte time of arrival, plus a small header per message");
    }
}
