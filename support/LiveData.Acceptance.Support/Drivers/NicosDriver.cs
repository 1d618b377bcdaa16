using LiveData.Acceptance.Support.Broker;
using LiveData.Acceptance.Support.Waiting;
using LiveData.Messaging.Kafka;
using LiveData.Protocol.Results;
using LiveData.Wire.Da00;
using Microsoft.Extensions.Logging.Abstractions;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>Reads the NICOS device topic the way NICOS does, from the moment the scenario starts listening.</summary>
public sealed class NicosDriver(TestBroker broker, TopicDriver topics, ScenarioDiagnostics diagnostics) : IAsyncDisposable
{
    private readonly Dictionary<string, double> _latest = [];
    private LatestOffsetConsumer? _consumer;

    public async Task ListenAsync(CancellationToken ct) =>
        _consumer ??= await LatestOffsetConsumer.StartAsync(broker.Settings, $"nicos-{Guid.NewGuid()}", [topics.Topics.NicosData], NullLogger.Instance, ct);

    /// <summary>Waits until the device has reported a value above zero; returns it.</summary>
    public async Task<double> WaitForPositiveValueAsync(string device, CancellationToken ct)
    {
        await Eventually.UntilAsync($"NICOS device {device} to report counts", _ =>
        {
            Drain();
            return Task.FromResult((_latest.GetValueOrDefault(device) > 0, $"devices seen: [{string.Join(", ", _latest.Select(d => $"{d.Key}={d.Value}"))}]"));
        }, WorkflowDriver.ResultTimeout, diagnostics.DumpAsync, ct);
        return _latest[device];
    }

    private void Drain()
    {
        var consumer = _consumer ?? throw new InvalidOperationException("Not listening to the NICOS topic yet");
        while (consumer.TryRead(out var record))
        {
            var message = Da00Codec.Decode(record.Value);
            _latest[message.SourceName] = DataArrayDa00.FromDa00(message).Data.Sum();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_consumer is not null)
        {
            await _consumer.DisposeAsync();
        }
    }
}
