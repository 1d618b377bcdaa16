using LiveData.Processes;

namespace LiveData.Tests.Processes;

/// <summary>The readiness watch: it completes on the line that holds the last watched text, not before.</summary>
public sealed class OutputLogTests
{
    [Fact]
    public void A_watch_completes_when_the_last_watched_text_arrives()
    {
        var log = new OutputLog("service");
        var ready = log.Watch(["Service started", "kafka_consumer_ready"]);

        log.Append("info: Service started");
        ready.IsCompleted.Should().BeFalse("kafka_consumer_ready has not appeared yet");
        log.MissingWatched().Should().Equal("kafka_consumer_ready");

        log.Append("info: kafka_consumer_ready (3 partitions)");
        ready.IsCompletedSuccessfully.Should().BeTrue();
    }

    [Fact]
    public void A_new_watch_ignores_lines_seen_before_it()
    {
        var log = new OutputLog("service");
        log.Watch(["Service started"]);
        log.Append("Service started");

        var again = log.Watch(["Service started"]);

        again.IsCompleted.Should().BeFalse("a restarted service must print its readiness line again");
    }

    [Fact]
    public void Watching_nothing_is_ready_at_once() =>
        new OutputLog("service").Watch([]).IsCompletedSuccessfully.Should().BeTrue();
}
