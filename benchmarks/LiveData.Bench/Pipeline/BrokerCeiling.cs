using System.Diagnostics;
using Confluent.Kafka;
using LiveData.Messaging.Configuration;
using LiveData.Messaging.Topics;
using Microsoft.Extensions.Logging;

namespace LiveData.Bench.Pipeline;

/// <summary>
/// The broker's own produce → consume throughput with a given message size: an in-process producer
/// and consumer on a fresh topic, with the producer's lead over the consumer bounded so that the
/// embedded broker's 5 MiB-per-partition retention never drops anything (lossless by construction).
/// Uses the same client settings as every LiveData producer and consumer.
/// </summary>
public static class BrokerCeiling
{
    private const long MaxLeadBytesPerPartition = 1 << 20;
    private static readonly TimeSpan WarmUp = TimeSpan.FromMilliseconds(500);

    /// <returns>Megabytes per second received by the consumer.</returns>
    public static async Task<double> MeasureAsync(KafkaSettings settings, int messageBytes, int partitions, TimeSpan duration, ILogger logger, CancellationToken ct)
    {
        // A fresh topic read from its beginning, so every message produced is one the consumer receives.
        var topic = $"bench_ceiling_{partitions}p_{Guid.NewGuid():N}";
        await TopicProvisioner.Create(settings, logger).EnsureTopicsAsync([topic], partitions, ct);
        var payload = new byte[messageBytes];
        Random.Shared.NextBytes(payload);
        var leadMessages = (int)Math.Max(2, partitions * MaxLeadBytesPerPartition / messageBytes);
        using var credits = new SemaphoreSlim(leadMessages, leadMessages);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var consumer = new ConsumerBuilder<Ignore, byte[]>(settings.CreateConsumerConfig($"bench_ceiling_{Guid.NewGuid():N}")).SetLogHandler((_, _) => { }).Build();
        consumer.Assign(Enumerable.Range(0, partitions).Select(p => new TopicPartitionOffset(topic, p, Offset.Beginning)));
        using var producer = new ProducerBuilder<Null, byte[]>(settings.CreateProducerConfig()).SetLogHandler((_, _) => { }).Build();
        var produce = Task.Run(() => Produce(producer, topic, payload, credits, stop.Token), CancellationToken.None);
        try
        {
            return await Task.Run(() => Consume(consumer, credits, duration, ct), ct);
        }
        finally
        {
            await stop.CancelAsync();
            await produce;
        }
    }

    private static void Produce(IProducer<Null, byte[]> producer, string topic, byte[] payload, SemaphoreSlim credits, CancellationToken ct)
    {
        var message = new Message<Null, byte[]> { Value = payload };
        try
        {
            while (true)
            {
                credits.Wait(ct);
                producer.Produce(topic, message);
            }
        }
        catch (OperationCanceledException)
        {
            // The consumer has measured; stop producing.
        }
    }

    private static double Consume(IConsumer<Ignore, byte[]> consumer, SemaphoreSlim credits, TimeSpan duration, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        long bytes = 0;
        TimeSpan? measuringFrom = null;
        while (clock.Elapsed < WarmUp + duration)
        {
            ct.ThrowIfCancellationRequested();
            var result = consumer.Consume(TimeSpan.FromMilliseconds(100));
            if (result?.Message is not { } message)
            {
                continue;
            }
            credits.Release();
            if (clock.Elapsed >= WarmUp)
            {
                measuringFrom ??= clock.Elapsed;
                bytes += message.Value.Length;
            }
        }
        var seconds = (clock.Elapsed - (measuringFrom ?? clock.Elapsed)).TotalSeconds;
        return seconds > 0 ? bytes / seconds / 1e6 : 0;
    }
}
