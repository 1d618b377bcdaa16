using LiveData.Acceptance.Support.Broker;
using LiveData.Messaging.Kafka;
using LiveData.Wire;
using Microsoft.Extensions.Logging.Abstractions;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>Publishes f144 log values to the instrument's log topic, as the EPICS forwarder would.</summary>
public sealed class LogDataDriver(TestBroker broker, TopicDriver topics) : IDisposable
{
    private readonly Lazy<KafkaPublisher> _publisher = new(() => new KafkaPublisher(broker.Settings, NullLogger.Instance));

    /// <summary>One value of the log, stamped now, delivered before returning.</summary>
    public Task SendValueAsync(string source, double value, CancellationToken ct)
    {
        var now = (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).Ticks * 100;
        _publisher.Value.Publish(topics.Topics.Motion, F144Codec.Encode(new F144LogData(source, now, F144Value.Scalar(value))));
        _publisher.Value.Flush(ct);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (_publisher.IsValueCreated)
        {
            _publisher.Value.Dispose();
        }
    }
}
