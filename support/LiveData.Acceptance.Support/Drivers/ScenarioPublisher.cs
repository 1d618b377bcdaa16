using LiveData.Acceptance.Support.Broker;
using LiveData.Messaging.Kafka;
using Microsoft.Extensions.Logging.Abstractions;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// The one producer a scenario uses to write raw messages itself (as a readout or forwarder would);
/// created on first use, shared by every driver of the scenario, disposed when the scenario ends.
/// </summary>
public sealed class ScenarioPublisher(TestBroker broker) : IDisposable
{
    private readonly Lazy<KafkaPublisher> _publisher = new(() => new KafkaPublisher(broker.Settings, NullLogger.Instance));

    /// <summary>Publishes the messages in order and returns once the broker has them all.</summary>
    public void PublishAll(string topic, IEnumerable<byte[]> messages, CancellationToken ct)
    {
        foreach (var message in messages)
        {
            _publisher.Value.Publish(topic, message);
        }
        _publisher.Value.Flush(ct);
    }

    public void Dispose()
    {
        if (_publisher.IsValueCreated)
        {
            _publisher.Value.Dispose();
        }
    }
}
