using LiveData.Core.Time;
using LiveData.Wire.F144;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>Publishes f144 log values where the instrument's services read the log, as the EPICS forwarder would.</summary>
public sealed class LogDataDriver(ScenarioPublisher publisher, RawDataDriver raw, ScenarioInstrument instrument)
{
    private long _lastTimeNs;

    /// <summary>One value of the log, stamped now, delivered before returning.</summary>
    public Task SendValueAsync(string source, double value, CancellationToken ct)
    {
        var stream = raw.StreamOf(source);
        var message = F144Codec.Encode(new F144LogData(stream.SourceName, NextTime(), F144Value.Scalar(value)));
        publisher.PublishAll(stream.Topic, [message], ct);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The values in order, each under its EPICS PV name on the production topic the instrument's log table gives it,
    /// as the forwarder publishes them; each a nanosecond or more after the one before, as separate PV records are.
    /// </summary>
    /// <exception cref="ArgumentException">The instrument has no log with that PV; the message lists some it has.</exception>
    public void SendUnderPvNames(IReadOnlyList<PvValue> values, CancellationToken ct)
    {
        foreach (var (pv, value) in values)
        {
            var log = instrument.Instrument.Logs.Streams.FirstOrDefault(l => l.ProdSource == pv)
                ?? throw new ArgumentException($"{instrument.Name} has no log with PV '{pv}'. Some it has: {string.Join(", ", instrument.Instrument.Logs.Streams.Take(5).Select(l => l.ProdSource))}");
            var message = F144Codec.Encode(new F144LogData(pv, NextTime(), F144Value.Scalar(value)));
            publisher.PublishAll(instrument.Topics.Namespace.Apply(log.ProdTopic), [message], ct);
        }
    }

    // Now, but never at or before the previous value's time: the clock's resolution could give two values one time.
    private long NextTime() => _lastTimeNs = Math.Max(EpochNanoseconds.Now(TimeProvider.System), _lastTimeNs + 1);
}

/// <summary>One value a PV takes, as a <c>| PV | value |</c> row gives it.</summary>
public sealed record PvValue(string Pv, double Value);
