using Confluent.Kafka;
using LiveData.Messaging.Clients;
using LiveData.Messaging.Configuration;
using Microsoft.Extensions.Logging;

namespace LiveData.Messaging.Kafka;

/// <summary>
/// One long-lived producer for a process. <see cref="Publish"/> never waits for the broker; delivery
/// failures are logged and counted. Disposing flushes what is still queued.
/// </summary>
public sealed class KafkaPublisher : IMessageSink, IDisposable
{
    private static readonly TimeSpan FlushTimeout = TimeSpan.FromSeconds(10);
    private readonly IProducer<Null, byte[]> _producer;
    private readonly ILogger _logger;
    private readonly Action<DeliveryReport<Null, byte[]>> _onDelivered;
    private long _failed;
    private long _delivered;
    private int _disposed;

    public KafkaPublisher(KafkaSettings settings, ILogger logger)
    {
        _logger = logger;
        _producer = new ProducerBuilder<Null, byte[]>(settings.CreateProducerConfig())
            .SetErrorHandler((_, e) => logger.LogWarning("Kafka producer error: {Reason}", e.Reason))
            .SetLogHandler((_, message) => KafkaClientLogging.Log(logger, message))
            .SetDefaultPartitioner(new RoundRobinPartitioner().Delegate)
            .Build();
        _onDelivered = OnDelivered;
    }

    public long Delivered => Interlocked.Read(ref _delivered);
    public long Failed => Interlocked.Read(ref _failed);

    public void Publish(string topic, byte[] value)
    {
        try
        {
            _producer.Produce(topic, new Message<Null, byte[]> { Value = value }, _onDelivered);
        }
        catch (ProduceException<Null, byte[]> e)
        {
            // Queue full or message too large: drop this one message, keep the service alive.
            Interlocked.Increment(ref _failed);
            _logger.LogError("Dropped a {Bytes}-byte message for {Topic}: {Reason}", value.Length, topic, e.Error.Reason);
        }
    }

    /// <summary>Waits until everything published so far is delivered (or the timeout passes).</summary>
    public void Flush(CancellationToken ct) => _producer.Flush(ct);

    /// <summary>Flushes and closes the producer; later calls do nothing.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        var remaining = _producer.Flush(FlushTimeout);
        if (remaining > 0)
        {
            _logger.LogWarning("{Count} messages were still undelivered at shutdown", remaining);
        }
        _producer.Dispose();
    }

    private void OnDelivered(DeliveryReport<Null, byte[]> report)
    {
        if (report.Error.IsError)
        {
            Interlocked.Increment(ref _failed);
            _logger.LogError("Delivery to {Topic} failed: {Reason}", report.Topic, report.Error.Reason);
        }
        else
        {
            Interlocked.Increment(ref _delivered);
        }
    }
}
