using LiveData.Messaging.Kafka;
using LiveData.Services.Routing;
using Microsoft.Extensions.Logging;

namespace LiveData.Tests.Services;

public sealed class SkippedRecordCounterTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(30);
    private readonly ManualClock _clock = new();
    private readonly ListLogger<SkippedRecordCounter> _log = new();
    private readonly StreamStatisticsCollector _statistics;
    private readonly SkippedRecordCounter _counter;

    public SkippedRecordCounterTests()
    {
        _statistics = new StreamStatisticsCollector(_clock, Window);
        _counter = new SkippedRecordCounter(_statistics, _log);
    }

    private void Consume(string topic, params long[] offsets)
    {
        foreach (var offset in offsets)
        {
            _counter.Observe(new KafkaRecord(topic, 0, offset, [], 0));
        }
    }

    [Fact]
    public void An_unbroken_stream_reports_no_loss_and_no_warning()
    {
        Consume("dummy_beam_monitor", 0, 1, 2, 3);

        _statistics.TotalSkipped.Should().Be(0);
        _statistics.Warning.Should().BeNull();
        _statistics.TakeIfDue().Should().BeNull("no window has closed and nothing was skipped");
        _log.AtLeast(LogLevel.Warning).Should().BeEmpty();
    }

    [Fact]
    public void Skipped_records_are_counted_in_the_next_statistics_logged_and_warned_about()
    {
        Consume("dummy_beam_monitor", 7, 8, 20, 21, 30);

        _statistics.TotalSkipped.Should().Be(11 + 8);
        _statistics.TakeIfDue()!.Streams.Should().ContainSingle()
            .Which.Should().Be(new StreamCount("dummy_beam_monitor", StreamStatisticsCollector.SkippedStream, StreamStatisticsCollector.SkippedStream, 19));
        _statistics.Warning.Should().Contain("19 records were skipped");
        _log.AtLeast(LogLevel.Warning).Should().HaveCount(2);
    }

    [Fact]
    public void The_warning_clears_one_window_after_the_last_skip()
    {
        Consume("dummy_beam_monitor", 0, 5);
        _clock.Advance(Window - TimeSpan.FromSeconds(1));
        _statistics.Warning.Should().NotBeNull();

        _clock.Advance(TimeSpan.FromSeconds(1));

        _statistics.Warning.Should().BeNull();
        _statistics.TotalSkipped.Should().Be(4, "the total is kept for the life of the service");
    }
}
