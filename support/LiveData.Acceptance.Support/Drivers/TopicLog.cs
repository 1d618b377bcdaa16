using Confluent.Kafka;
using LiveData.Acceptance.Support.Broker;
using LiveData.Messaging.Kafka;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>Where a topic's log ended at some moment, per partition; <see cref="Start"/> is before the first record.</summary>
public sealed record TopicPosition(IReadOnlyDictionary<int, long> EndOffsets)
{
    public static readonly TopicPosition Start = new(new Dictionary<int, long>());

    public long Of(int partition) => EndOffsets.GetValueOrDefault(partition);
}

/// <summary>
/// Reads what was appended to one of the scenario's own topics after a position. Watermarks prove how much
/// was said; this proves what was said (which job a heartbeat names, which command an acknowledgement
/// answers). Every topic of a scenario lives in its own namespace, so all of it is the scenario's doing.
/// </summary>
public sealed class TopicLog(TestBroker broker)
{
    private static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(15);

    public Task<TopicPosition> PositionAsync(string topic, CancellationToken ct) =>
        Task.Run(() => WithConsumer(consumer => new TopicPosition(Partitions(consumer, topic).ToDictionary(p => p.Partition.Value, p => p.High))), ct);

    /// <summary>Every record appended after <paramref name="since"/> up to the log's end now, in log order per partition.</summary>
    public Task<IReadOnlyList<KafkaRecord>> ReadSinceAsync(string topic, TopicPosition since, CancellationToken ct) =>
        Task.Run(() => WithConsumer(consumer => Read(consumer, topic, since, ct)), ct);

    private IReadOnlyList<KafkaRecord> Read(IConsumer<Ignore, byte[]> consumer, string topic, TopicPosition since, CancellationToken ct)
    {
        // From the later of the position and the log start (retention may have dropped older records), to the end now.
        var ranges = Partitions(consumer, topic)
            .Select(p => (p.Partition, From: Math.Max(since.Of(p.Partition.Value), p.Low), p.High))
            .Where(r => r.From < r.High)
            .ToDictionary(r => r.Partition.Value, r => (r.From, r.High));
        var records = new List<KafkaRecord>();
        if (ranges.Count == 0)
        {
            return records;
        }
        consumer.Assign(ranges.Select(r => new TopicPartitionOffset(topic, r.Key, r.Value.From)));
        var pending = ranges.ToDictionary(r => r.Key, r => r.Value.High);
        var started = TimeProvider.System.GetTimestamp();
        while (pending.Count > 0)
        {
            ct.ThrowIfCancellationRequested();
            if (TimeProvider.System.GetElapsedTime(started) > ReadTimeout)
            {
                throw new TimeoutException($"Reading {topic} did not reach the end offsets [{string.Join(", ", pending.Select(p => $"{p.Key}:{p.Value}"))}] within {ReadTimeout.TotalSeconds:0} s");
            }
            if (consumer.Consume(TimeSpan.FromMilliseconds(100)) is not { Message: { } message } result)
            {
                continue;
            }
            var partition = result.Partition.Value;
            if (pending.TryGetValue(partition, out var end) && result.Offset.Value < end)
            {
                records.Add(new KafkaRecord(result.Topic, partition, result.Offset.Value, message.Value ?? [], message.Timestamp.UnixTimestampMs));
            }
            if (result.Offset.Value + 1 >= end)
            {
                pending.Remove(partition);
            }
        }
        return records;
    }

    private T WithConsumer<T>(Func<IConsumer<Ignore, byte[]>, T> use)
    {
        // A fresh group id keeps the reader out of every real group; nothing is committed.
        using var consumer = new ConsumerBuilder<Ignore, byte[]>(broker.Settings.CreateConsumerConfig($"livedata-topic-log-{Guid.NewGuid():N}"))
            .SetLogHandler((_, _) => { })
            .Build();
        try
        {
            return use(consumer);
        }
        finally
        {
            consumer.Close();
        }
    }

    private static IEnumerable<(Partition Partition, long Low, long High)> Partitions(IConsumer<Ignore, byte[]> consumer, string topic)
    {
        using var admin = new DependentAdminClientBuilder(consumer.Handle).Build();
        var metadata = admin.GetMetadata(topic, QueryTimeout).Topics.Single(t => t.Topic == topic);
        if (metadata.Error.Code != ErrorCode.NoError)
        {
            throw new InvalidOperationException($"Cannot read topic '{topic}': {metadata.Error.Reason}");
        }
        return [.. metadata.Partitions.Select(p =>
        {
            var watermarks = consumer.QueryWatermarkOffsets(new TopicPartition(topic, p.PartitionId), QueryTimeout);
            return (new Partition(p.PartitionId), watermarks.Low.Value, watermarks.High.Value);
        })];
    }
}
