using LiveData.Core.Time;
using LiveData.Wire.F144;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>Publishes f144 log values where the instrument's services read the log, as the EPICS forwarder would.</summary>
public sealed class LogDataDriver(ScenarioPublisher publisher, RawDataDriver raw)
{
    /// <summary>One value of the log, stamped now, delivered before returning.</summary>
    public Task SendValueAsync(string source, double value, CancellationToken ct)
    {
        var stream = raw.StreamOf(source);
        var message = F144Codec.Encode(new F144LogData(stream.SourceName, EpochNanoseconds.Now(TimeProvider.System), F144Value.Scalar(value)));
        publisher.PublishAll(stream.Topic, [message], ct);
        return Task.CompletedTask;
    }
}
