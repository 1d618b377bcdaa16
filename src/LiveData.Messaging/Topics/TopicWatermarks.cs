using Confluent.Kafka;
using LiveData.Messaging.Configuration;

namespace LiveData.Messaging.Topics;

/// <summary>How far a topic's log reaches: the evidence that something was, or was not, published.</summary>
public static class TopicWatermarks
{
    private static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The sum of the high watermarks of all partitions of <paramref name="topic"/>, i.e. the
    /// number of messages ever appended (retention does not lower it).
    /// </summary>
    /// <exception cref="InvalidOperationException">The topic does not exist.</exception>
    public static Task<long> HighWatermarkAsync(KafkaSettings settings, string topic, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        TopicNames.Validate(topic);
        // The client calls block; keep them off the caller's thread.
        return Task.Run(() => Sum(settings, topic, ct), ct);
    }

    private static long Sum(KafkaSettings settings, string topic, CancellationToken ct)
    {
        // A consumer handle never auto-creates topics, not even for a named metadata request,
        // and a fresh group id keeps this look-up out of every real group.
        using var consumer = new ConsumerBuilder<Ignore, Ignore>(
                settings.CreateConsumerConfig($"livedata-watermarks-{Guid.NewGuid():N}"))
            .SetLogHandler((_, _) => { })
            .Build();
        using var admin = new DependentAdminClientBuilder(consumer.Handle).Build();
        var metadata = admin.GetMetadata(topic, QueryTimeout).Topics.Single(t => t.Topic == topic);
        if (metadata.Error.Code != ErrorCode.NoError)
        {
            throw new InvalidOperationException(
                $"Cannot read watermarks of topic '{topic}' on {settings.BootstrapServers}: {metadata.Error.Reason}");
        }

        long total = 0;
        foreach (var partition in metadata.Partitions)
        {
            ct.ThrowIfCancellationRequested();
            total += consumer.QueryWatermarkOffsets(new TopicPartition(topic, partition.PartitionId), QueryTimeout).High.Value;
        }

        return total;
    }
}
