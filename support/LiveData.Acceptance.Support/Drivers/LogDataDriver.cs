using LiveData.Time;
using LiveData.Wire;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>Publishes f144 log values to the instrument's log topic, as the EPICS forwarder would.</summary>
public sealed class LogDataDriver(ScenarioPublisher publisher, TopicDriver topics)
{
    /// <summary>One value of the log, stamped now, delivered before returning.</summary>
    public Task SendValueAsync(string source, double value, CancellationToken ct)
    {
        var message = F144Codec.Encode(new F144LogData(source, EpochNanoseconds.Now(TimeProvider.System), F144Value.Scalar(value)));
        publisher.PublishAll(topics.Topics.Motion, [message], ct);
        return Task.CompletedTask;
    }
}
