using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Confluent.Kafka;

namespace LiveData.Messaging.Kafka;

/// <summary>
/// Spreads the keyless messages of each topic over its partitions in turn. The embedded broker keeps about 5 MiB per
/// partition and always the newest message, so a message larger than that lives only until the next one lands in its
/// partition: placed at random, a second of results (NMX: 30 messages, six images of 13 MB) often puts two in one
/// partition and the image is gone before any consumer fetches it. In turn, every message outlives the next
/// partitions − 1 of its topic. On a real broker the spread is as even as librdkafka's random one.
/// </summary>
public sealed class RoundRobinPartitioner
{
    private readonly ConcurrentDictionary<string, StrongBox<int>> _next = new();

    /// <summary>The partition for the next message of <paramref name="topic"/>, which has <paramref name="partitionCount"/> partitions.</summary>
    public Partition Next(string topic, int partitionCount)
    {
        // librdkafka may ask again for a message it re-partitions; that only shifts the turn.
        var turn = Interlocked.Increment(ref _next.GetOrAdd(topic, _ => new StrongBox<int>(-1)).Value);
        return new Partition((int)((uint)turn % (uint)partitionCount));
    }

    /// <summary>A partitioner for <see cref="ProducerBuilder{TKey,TValue}.SetDefaultPartitioner"/> (LiveData's messages have no key).</summary>
    public PartitionerDelegate Delegate => (topic, partitionCount, _, _) => Next(topic, partitionCount);
}
