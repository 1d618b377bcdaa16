using System.Threading.Channels;
using Confluent.Kafka;
using LiveData.Messaging.Clients;
using LiveData.Messaging.Configuration;
using Microsoft.Extensions.Logging;

namespace LiveData.Messaging.Kafka;

/// <summary>
/// Consumes every partition of the given topics from the high watermark at start-up, on a dedicated
/// thread, into a bounded queue. Starting at the watermark (not a committed offset) is what makes a
/// restarted service ignore commands sent while it was down. When the queue is full the oldest
/// records are dropped and counted, so a slow reader never stalls the broker connection.
/// </summary>
public sealed class LatestOffsetConsumer : IRecordSource, IAsyncDisposable
{
    public const string ReadyLogLine = "kafka_consumer_ready";
    private static readonly TimeSpan WatermarkDeadline = TimeSpan.FromSeconds(30);
    private readonly IConsumer<Ignore, byte[]> _consumer;
    private readonly Channel<KafkaRecord> _queue;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _dropped;
    private long _errors;
    private int _disposed;

    private LatestOffsetConsumer(IConsumer<Ignore, byte[]> consumer, int capacity, ILogger logger)
    {
        _consumer = consumer;
        _logger = logger;
        _queue = Channel.CreateBounded<KafkaRecord>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = false,
            SingleWriter = true,
        }, _ => Interlocked.Increment(ref _dropped));
        _thread = new Thread(Run) { IsBackground = true, Name = "kafka-consumer" };
    }

    /// <summary>Records dropped because the queue was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Consume errors seen (logged and skipped).</summary>
    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>Completes after the first successful poll.</summary>
    public Task Ready => _ready.Task;

    /// <exception cref="MissingTopicsException">a topic does not exist.</exception>
    public static async Task<LatestOffsetConsumer> StartAsync(
        KafkaSettings settings, string groupId, IReadOnlyCollection<string> topics, ILogger logger, CancellationToken ct, int capacity = 100_000)
    {
        var consumer = new ConsumerBuilder<Ignore, byte[]>(settings.CreateConsumerConfig(groupId))
            .SetValueDeserializer(UnzeroedValueDeserializer.Instance)
            .SetErrorHandler((_, e) => logger.LogWarning("Kafka consumer error: {Reason}", e.Reason))
            .SetLogHandler((_, message) => KafkaClientLogging.Log(logger, message))
            .Build();
        try
        {
            var partitions = await Task.Run(() => AssignAtHighWatermark(consumer, settings, topics, logger, ct), ct);
            var source = new LatestOffsetConsumer(consumer, capacity, logger);
            logger.LogInformation("Consuming {Topics} ({Partitions} partitions) from the high watermark", string.Join(", ", topics), partitions);
            source._thread.Start();
            return source;
        }
        catch
        {
            consumer.Dispose();
            throw;
        }
    }

    public bool TryRead(out KafkaRecord record) => _queue.Reader.TryRead(out record!);

    public ValueTask<bool> WaitToReadAsync(CancellationToken ct) => _queue.Reader.WaitToReadAsync(ct);

    /// <summary>Stops the consumer thread and closes the consumer; later calls do nothing (the token source and the consumer would throw when used after disposal).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync();
        await Task.Run(_thread.Join);
        _consumer.Close();
        _consumer.Dispose();
        _stop.Dispose();
    }

    private static int AssignAtHighWatermark(IConsumer<Ignore, byte[]> consumer, KafkaSettings settings, IReadOnlyCollection<string> topics, ILogger logger, CancellationToken ct)
    {
        using var admin = new AdminClientBuilder(settings.CreateAdminConfig()).Build();
        var metadata = admin.GetMetadata(TimeSpan.FromSeconds(10));
        var known = metadata.Topics.Where(t => t.Error.Code == ErrorCode.NoError).ToDictionary(t => t.Topic);
        var missing = topics.Where(t => !known.ContainsKey(t)).ToList();
        if (missing.Count > 0)
        {
            throw new MissingTopicsException(missing, settings.BootstrapServers);
        }
        var assignment = new List<TopicPartitionOffset>();
        foreach (var topic in topics)
        {
            foreach (var partition in known[topic].Partitions)
            {
                var tp = new TopicPartition(topic, partition.PartitionId);
                assignment.Add(new TopicPartitionOffset(tp, HighWatermark(consumer, tp, logger, ct)));
            }
        }
        consumer.Assign(assignment);
        return assignment.Count;
    }

    // Leadership may still be settling right after topic creation; retry like upstream does.
    private static Offset HighWatermark(IConsumer<Ignore, byte[]> consumer, TopicPartition tp, ILogger logger, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + WatermarkDeadline;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                return consumer.QueryWatermarkOffsets(tp, TimeSpan.FromSeconds(5)).High;
            }
            catch (KafkaException e) when (DateTime.UtcNow < deadline)
            {
                logger.LogWarning("Watermark of {TopicPartition} not available yet: {Reason}", tp, e.Error.Reason);
            }
        }
    }

    private void Run()
    {
        var ct = _stop.Token;
        var announced = false;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var result = _consumer.Consume(TimeSpan.FromMilliseconds(50));
                if (!announced)
                {
                    announced = true;
                    _logger.LogInformation(ReadyLogLine);
                    _ready.TrySetResult();
                }
                if (result?.Message is { } message && !result.IsPartitionEOF)
                {
                    _queue.Writer.TryWrite(new KafkaRecord(result.Topic, result.Partition.Value, result.Offset.Value, message.Value, message.Timestamp.UnixTimestampMs));
                }
            }
            catch (ConsumeException e)
            {
                Interlocked.Increment(ref _errors);
                _logger.LogWarning("Skipping a message that could not be consumed: {Reason}", e.Error.Reason);
            }
            catch (KafkaException e) when (!e.Error.IsFatal)
            {
                Interlocked.Increment(ref _errors);
                _logger.LogWarning("Kafka error while consuming: {Reason}", e.Error.Reason);
            }
            catch (KafkaException e)
            {
                _logger.LogError("Fatal Kafka error, consumer stops: {Reason}", e.Error.Reason);
                _ready.TrySetException(e);
                _queue.Writer.TryComplete(e);
                return;
            }
        }
        _queue.Writer.TryComplete();
    }
}
