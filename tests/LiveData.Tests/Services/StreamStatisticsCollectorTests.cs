using LiveData.Services.Routing;

namespace LiveData.Tests.Services;

public sealed class StreamStatisticsCollectorTests
{
    private readonly ManualClock _clock = new();
    private readonly StreamStatisticsCollector _collector;

    public StreamStatisticsCollectorTests() => _collector = new StreamStatisticsCollector(_clock, TimeSpan.FromSeconds(30));

    [Fact]
    public void Nothing_is_due_before_the_window_has_passed()
    {
        _collector.Record("dummy_beam_monitor", "monitor1", "monitor1");
        _clock.Advance(TimeSpan.FromSeconds(29));

        _collector.TakeIfDue().Should().BeNull();
    }

    [Fact]
    public void Counts_per_topic_source_and_stream_are_reported_once_the_window_passed()
    {
        _collector.Record("dummy_beam_monitor", "monitor1", "monitor1");
        _collector.Record("dummy_beam_monitor", "monitor1", "monitor1");
        _collector.Record("dummy_beam_monitor", "monitor9", StreamStatisticsCollector.UnmappedStream);
        _collector.Record("dummy_beam_monitor", "", StreamStatisticsCollector.ErrorStream);
        _clock.Advance(TimeSpan.FromSeconds(30));

        var stats = _collector.TakeIfDue();

        stats!.WindowSeconds.Should().Be(30.0);
        stats.Streams.Should().BeEquivalentTo(new[]
        {
            new StreamCount("dummy_beam_monitor", "monitor1", "monitor1", 2),
            new StreamCount("dummy_beam_monitor", "monitor9", "<unmapped>", 1),
            new StreamCount("dummy_beam_monitor", "", "<error>", 1),
        });
    }

    [Fact]
    public void Taking_the_counts_starts_a_new_window()
    {
        _collector.Record("t", "s", "s");
        _clock.Advance(TimeSpan.FromSeconds(30));
        _collector.TakeIfDue();

        _collector.TakeIfDue().Should().BeNull();
        _clock.Advance(TimeSpan.FromSeconds(30));
        _collector.TakeIfDue()!.Streams.Should().BeEmpty();
    }

    [Fact]
    public void TotalErrors_counts_only_error_records_and_survives_taking_the_window()
    {
        _collector.Record("t", "", StreamStatisticsCollector.ErrorStream);
        _collector.Record("t", "s", StreamStatisticsCollector.UnmappedStream);
        _collector.Record("t", "", StreamStatisticsCollector.ErrorStream);
        _clock.Advance(TimeSpan.FromSeconds(30));
        _collector.TakeIfDue();

        _collector.TotalErrors.Should().Be(2);
    }
}
