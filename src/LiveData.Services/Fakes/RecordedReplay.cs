using Microsoft.Extensions.Logging;

namespace LiveData.Services.Fakes;

/// <summary>
/// The recorded sources one fake replays, a pulse of each per 14 Hz pulse. A once-only replay skips the sources that
/// are finished and, when all are, logs once "Replay finished: N events from M pulses" (M the longest source's
/// recorded pulses); the fake then publishes nothing more but keeps running.
/// </summary>
public sealed class RecordedReplay(IReadOnlyList<RecordedEventSource> sources, ILogger logger)
{
    public const string FinishedLogLine = "Replay finished: {Events} events from {Pulses} pulses";
    private bool _reported;

    public IReadOnlyList<RecordedEventSource> Sources => sources;

    public bool IsFinished => sources.All(s => s.IsFinished);

    /// <summary>Hands the next recorded pulse of every unfinished source to <paramref name="publish"/>.</summary>
    /// <returns>How many messages were published.</returns>
    public int Pulse(Action<string, ReadOnlyMemory<int>, ReadOnlyMemory<int>> publish)
    {
        var published = 0;
        foreach (var source in sources)
        {
            if (source.IsFinished)
            {
                continue;
            }
            var (ids, timeOffsets) = source.NextPulse();
            publish(source.SourceName, ids, timeOffsets);
            published++;
        }
        if (!_reported && IsFinished)
        {
            _reported = true;
            logger.LogInformation(FinishedLogLine, sources.Sum(s => s.ReplayedEvents), sources.Select(s => s.ReplayedPulses).DefaultIfEmpty().Max());
        }
        return published;
    }
}
