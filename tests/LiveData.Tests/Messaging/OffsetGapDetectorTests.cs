using LiveData.Messaging.Kafka;

namespace LiveData.Tests.Messaging;

public sealed class OffsetGapDetectorTests
{
    private readonly OffsetGapDetector _detector = new();

    [Fact]
    public void Consecutive_offsets_skip_nothing()
    {
        var skipped = new[] { 40L, 41, 42, 43 }.Select(o => _detector.Observe("t", 0, o)).ToList();

        skipped.Should().AllSatisfy(s => s.Should().Be(0));
    }

    [Fact]
    public void A_jump_counts_the_offsets_in_between()
    {
        _detector.Observe("t", 0, 10);

        _detector.Observe("t", 0, 25).Should().Be(14);
        _detector.Observe("t", 0, 26).Should().Be(0);
    }

    [Fact]
    public void Partitions_and_topics_are_tracked_apart()
    {
        _detector.Observe("t", 0, 100);
        _detector.Observe("t", 1, 5);
        _detector.Observe("u", 0, 0);

        _detector.Observe("t", 1, 6).Should().Be(0);
        _detector.Observe("u", 0, 1).Should().Be(0);
        _detector.Observe("t", 0, 103).Should().Be(2);
    }

    [Fact]
    public void A_redelivery_is_not_a_gap_and_moves_the_baseline_back()
    {
        _detector.Observe("t", 0, 50);

        _detector.Observe("t", 0, 48).Should().Be(0);
        _detector.Observe("t", 0, 49).Should().Be(0);
        _detector.Observe("t", 0, 50).Should().Be(0);
    }

    [Fact]
    public void The_first_record_of_a_partition_skips_nothing_whatever_its_offset()
    {
        _detector.Observe("t", 3, 1_000_000).Should().Be(0);
    }
}
