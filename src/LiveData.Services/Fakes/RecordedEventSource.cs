using LiveData.Geometry.Nexus;

namespace LiveData.Services.Fakes;

/// <summary>
/// Replays one monitor's or detector's recorded events: one recorded pulse per call, in recorded order, starting
/// again at the first pulse after the last (the fakes loop over a recorded run indefinitely, as upstream's do).
/// The caller stamps each message with the current pulse time, as upstream does.
/// </summary>
public sealed class RecordedEventSource(string sourceName, RecordedEvents events)
{
    private int _next;

    /// <summary>The stream's DEV source name the events are published under.</summary>
    public string SourceName => sourceName;

    public RecordedEvents Events => events;

    public (ReadOnlyMemory<int> EventIds, ReadOnlyMemory<int> TimeOffsetNs) NextPulse()
    {
        if (events.PulseCount == 0)
        {
            return (ReadOnlyMemory<int>.Empty, ReadOnlyMemory<int>.Empty);
        }
        var pulse = events.Pulse(_next);
        _next = (_next + 1) % events.PulseCount;
        return pulse;
    }
}
