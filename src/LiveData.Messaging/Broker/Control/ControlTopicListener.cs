using System.Text.Json;
using Confluent.Kafka;
using LiveData.Messaging.Broker.Native;
using LiveData.Messaging.Clients;
using LiveData.Messaging.Configuration;
using LiveData.Messaging.Topics;
using Microsoft.Extensions.Logging;

namespace LiveData.Messaging.Broker.Control;

/// <summary>
/// Runs inside the broker host: reads requests from the control topic and creates topics in the
/// mock cluster or injects the faults asked for. Bad requests are logged and skipped; the
/// requester notices because its topic never appears.
/// </summary>
internal sealed class ControlTopicListener : IAsyncDisposable
{
    /// <summary>Logged when a fault was injected, so a test can tell the request took effect.</summary>
    public const string FaultInjectedLogLine = "broker_fault_injected";

    private readonly IConsumer<Ignore, byte[]> _consumer;
    private readonly MockCluster _cluster;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    private ControlTopicListener(IConsumer<Ignore, byte[]> consumer, MockCluster cluster, ILogger logger)
    {
        _consumer = consumer;
        _cluster = cluster;
        _logger = logger;
        // Consume blocks its thread; keep it off the thread pool.
        _loop = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public static ControlTopicListener Start(string bootstrapServers, MockCluster cluster, ILogger logger)
    {
        var config = new KafkaSettings(bootstrapServers).CreateConsumerConfig($"livedata-broker-control-{Guid.NewGuid():N}");
        var consumer = new ConsumerBuilder<Ignore, byte[]>(config).WithLogging(logger).Build();
        // The topic is created together with the broker, so reading from the beginning cannot
        // miss a request that arrived before this consumer's first fetch.
        consumer.Assign(new TopicPartitionOffset(ControlTopic.Name, 0, Offset.Beginning));
        return new ControlTopicListener(consumer, cluster, logger);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await _loop;
            _consumer.Close();
        }
        finally
        {
            _consumer.Dispose();
            _stopping.Dispose();
        }
    }

    private void Run()
    {
        var ct = _stopping.Token;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                Handle(_consumer.Consume(ct).Message.Value);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (KafkaException ex) when (!ex.Error.IsFatal)
            {
                _logger.LogWarning("Could not read the broker control topic: {Reason}", ex.Error.Reason);
            }
            catch (KafkaException ex)
            {
                _logger.LogError(ex, "The broker control topic reader failed; topics can no longer be created remotely");
                return;
            }
        }
    }

    private void Handle(byte[]? payload)
    {
        BrokerControlRequest request;
        try
        {
            request = ControlTopic.Deserialize(payload);
        }
        catch (JsonException ex)
        {
            _logger.LogWarning("Ignoring a malformed broker control request: {Reason}", ex.Message);
            return;
        }

        try
        {
            switch (request)
            {
                case { Topic: not null }:
                    CreateTopic(request.Topic, request.Partitions);
                    break;
                case { FailRequests: { } kind }:
                    FailRequests(kind, request.ErrorCode, request.Count);
                    break;
                case { RoundTripMs: { } milliseconds }:
                    SetRoundTrip(milliseconds);
                    break;
                default:
                    _logger.LogWarning("Ignoring a broker control request that asks for nothing");
                    break;
            }
        }
        catch (InvalidOperationException ex)
        {
            _logger.LogError(ex, "Could not apply a broker control request");
        }
    }

    private void CreateTopic(string topic, int partitions)
    {
        if (!TopicNames.IsValid(topic) || partitions < 1)
        {
            _logger.LogWarning("Ignoring a request to create topic {Topic} with {Partitions} partitions: invalid name or count", topic, partitions);
            return;
        }

        if (_cluster.CreateTopic(topic, partitions))
        {
            _logger.LogInformation("Created topic {Topic} with {Partitions} partitions", topic, partitions);
        }
        else
        {
            _logger.LogDebug("Topic {Topic} already exists", topic);
        }
    }

    private void FailRequests(KafkaRequest kind, int errorCode, int count)
    {
        if (count < 1 || errorCode <= 0)
        {
            _logger.LogWarning("Ignoring a request to fail {Count} {Kind} requests with error {ErrorCode}: need a positive count and error code", count, kind, errorCode);
            return;
        }

        _cluster.FailNextRequests(kind, errorCode, count);
        _logger.LogWarning("{Line}: the next {Count} {Kind} requests fail with error {ErrorCode}", FaultInjectedLogLine, count, kind, errorCode);
    }

    private void SetRoundTrip(int milliseconds)
    {
        if (milliseconds < 0)
        {
            _logger.LogWarning("Ignoring a negative round trip of {Milliseconds} ms", milliseconds);
            return;
        }

        _cluster.SetRoundTrip(milliseconds);
        _logger.LogWarning("{Line}: every response is delayed by {Milliseconds} ms", FaultInjectedLogLine, milliseconds);
    }
}
