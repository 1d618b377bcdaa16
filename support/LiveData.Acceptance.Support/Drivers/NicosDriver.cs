using LiveData.Acceptance.Support.Broker;
using LiveData.Acceptance.Support.Waiting;
using LiveData.Core.Data;
using LiveData.Messaging.Kafka;
using LiveData.Protocol.Results;
using LiveData.Wire.Da00;
using Microsoft.Extensions.Logging.Abstractions;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>Reads the NICOS device topic the way NICOS does, from the moment the scenario starts listening.</summary>
public sealed class NicosDriver(TestBroker broker, TopicDriver topics, ScenarioDiagnostics diagnostics) : IAsyncDisposable
{
    private readonly Dictionary<string, double> _latest = [];
    private readonly Dictionary<(string Device, long EndTimeNs), double> _reports = [];
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

    /// <summary>Waits for the device's report of the observation a dashboard result shows (the one ending at its time); returns its value.</summary>
    public async Task<double> WaitForReportOfAsync(string device, DataArray shown, CancellationToken ct)
    {
        var endTimeNs = (shown.Coord("time") ?? throw new ArgumentException("the result has no time coord to match NICOS's end_time")).Int64Values[0];
        await Eventually.UntilAsync($"NICOS device {device} to report the observation ending at {endTimeNs} ns", _ =>
        {
            Drain();
            return Task.FromResult((_reports.ContainsKey((device, endTimeNs)),
                $"end times seen for {device}: [{string.Join(", ", _reports.Keys.Where(k => k.Device == device).Select(k => k.EndTimeNs).TakeLast(5))}]"));
        }, WorkflowDriver.ResultTimeout, diagnostics.DumpAsync, ct);
        return _reports[(device, endTimeNs)];
    }

    private void Drain()
    {
        var consumer = _consumer ?? throw new InvalidOperationException("Not listening to the NICOS topic yet");
        while (consumer.TryRead(out var record))
        {
            var message = Da00Codec.Decode(record.Value);
            var report = DataArrayDa00.FromDa00(message);
            _latest[message.SourceName] = report.Data.Sum();
            if (report.Coord("end_time") is { } endTime)
            {
                _reports[(message.SourceName, endTime.Int64Values[0])] = report.Data.Sum();
            }
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
