using LiveData.Geometry.Nexus;

namespace LiveData.Services.Fakes;

/// <summary>
/// Replays one monitor's or detector's recorded events: one recorded pulse per call, in recorded order. By default it
/// starts again at the first pulse after the last (the fakes loop over a recorded run indefinitely, as upstream's do);
/// with <paramref name="once"/> it is finished after the last, so a run's totals can be compared with the file.
/// The caller stamps each message with the current pulse time, as upstream does.
/// </summary>
public sealed class RecordedEventSource(string sourceName, RecordedEvents events, bool once = false)
{
    private int _next;

    /// <summary>The stream's DEV source name the events are published under.</summary>
    public string SourceName => sourceName;

    public RecordedEvents Events => events;

    /// <summary>Recorded pulses handed out so far (counting every loop).</summary>
    public long ReplayedPulses { get; private set; }

    /// <summary>Events handed out so far (counting every loop).</summary>
    public long ReplayedEvents { get; private set; }

    /// <summary>Whether a once-only replay has handed out every recorded pulse; a looping one never finishes.</summary>
    public bool IsFinished => once && ReplayedPulses >= events.PulseCount;

    public (ReadOnlyMemory<int> EventIds, ReadOnlyMemory<int> TimeOffsetNs) NextPulse()
    {
        if (IsFinished)
        {
            throw new InvalidOperationException($"{sourceName}: every one of the {events.PulseCount} recorded pulses has been replayed");
        }
        if (events.PulseCount == 0)
        {
            return (ReadOnlyMemory<int>.Empty, ReadOnlyMemory<int>.Empty);
        }
        var pulse = events.Pulse(_next);
        _next = (_next + 1) % events.PulseCount;
        ReplayedPulses++;
        ReplayedEvents += pulse.EventIds.Length;
        return pulse;
    }
}
