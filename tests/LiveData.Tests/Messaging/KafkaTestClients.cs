using System.Diagnostics;
using Confluent.Kafka;

namespace LiveData.Tests.Messaging;

/// <summary>Plain Confluent clients configured from <see cref="KafkaSettings"/>, as other components build them.</summary>
internal static class KafkaTestClients
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    public static IProducer<Null, byte[]> Producer(KafkaSettings settings) =>
        new ProducerBuilder<Null, byte[]>(settings.CreateProducerConfig()).SetLogHandler((_, _) => { }).Build();

    public static IConsumer<Ignore, byte[]> Consumer(KafkaSettings settings) =>
        new ConsumerBuilder<Ignore, byte[]>(settings.CreateConsumerConfig($"test-{Guid.NewGuid():N}"))
            .SetLogHandler((_, _) => { })
            .Build();

    public static IAdminClient Admin(KafkaSettings settings) =>
        new AdminClientBuilder(settings.CreateAdminConfig()).SetLogHandler((_, _) => { }).Build();

    public static Metadata Metadata(KafkaSettings settings)
    {
        using var admin = Admin(settings);
        return admin.GetMetadata(Deadline);
    }

    /// <summary>Polls until a message arrives or the deadline passes.</summary>
    public static ConsumeResult<Ignore, byte[]> ConsumeOne(IConsumer<Ignore, byte[]> consumer, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < Deadline)
        {
            ct.ThrowIfCancellationRequested();
            if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { } result)
            {
                return result;
            }
        }

        throw new TimeoutException($"No message within {Deadline}.");
    }
}
