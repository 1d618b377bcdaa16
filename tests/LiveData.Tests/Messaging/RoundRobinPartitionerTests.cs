using Confluent.Kafka;
using LiveData.Messaging.Kafka;

namespace LiveData.Tests.Messaging;

public sealed class RoundRobinPartitionerTests
{
    [Fact]
    public void Each_topic_takes_its_partitions_in_turn_from_the_first()
    {
        var partitioner = new RoundRobinPartitioner();

        var results = Enumerable.Range(0, 7).Select(_ => partitioner.Next("results", 3).Value).ToList();
        var heartbeats = Enumerable.Range(0, 2).Select(_ => partitioner.Next("heartbeats", 1).Value).ToList();

        results.Should().Equal(0, 1, 2, 0, 1, 2, 0);
        heartbeats.Should().Equal(0, 0);
    }

    [Fact]
    public void Calls_from_many_threads_stay_among_the_partitions()
    {
        var partitioner = new RoundRobinPartitioner();
        var partitions = new HashSet<int>();

        // Spread over threads, as librdkafka calls it from any thread.
        Parallel.For(0, 10_000, _ => { lock (partitions) { partitions.Add(partitioner.Next("results", 7).Value); } });

        partitions.Should().BeEquivalentTo(Enumerable.Range(0, 7));
    }

    [Fact]
    public void The_delegate_answers_what_next_would()
    {
        var partitioner = new RoundRobinPartitioner();

        var first = partitioner.Delegate("results", 4, ReadOnlySpan<byte>.Empty, true);
        var second = partitioner.Next("results", 4);

        (first, second).Should().Be((new Partition(0), new Partition(1)));
    }
}
