namespace LiveData.Geometry.Nexus;

/// <summary>
/// The NXevent_data of one monitor or detector of a recorded run: every event's id and time offset (ns), and per
/// recorded pulse its time (event_time_zero, ns) and the index of its first event (event_index).
/// </summary>
public sealed class RecordedEvents(string name, string path, int[] eventId, int[] timeOffsetNs, long[] pulseTimeNs, long[] eventIndex)
{
    private readonly long[] _eventIndex = Checked(path, eventId.Length, timeOffsetNs.Length, pulseTimeNs.Length, eventIndex);

    private static long[] Checked(string path, int events, int offsets, int pulses, long[] eventIndex)
    {
        if (events != offsets)
            throw new NexusStructureException(path, $"event_id has {events} values but event_time_offset has {offsets}");
        if (pulses != eventIndex.Length)
            throw new NexusStructureException(path, $"event_time_zero has {pulses} values but event_index has {eventIndex.Length}");
        for (var i = 0; i < eventIndex.Length; i++)
        {
            var previous = i == 0 ? 0 : eventIndex[i - 1];
            if (eventIndex[i] < previous || eventIndex[i] > events)
                throw new NexusStructureException(path + "/event_index",
                    $"value {eventIndex[i]} at pulse {i} is not between {previous} and the event count {events}");
        }
        return eventIndex;
    }

    /// <summary>The NXmonitor or NXdetector group name, e.g. <c>monitor_1</c> or <c>mantle_detector</c>.</summary>
    public string Name => name;

    /// <summary>The NXevent_data group's path in the file.</summary>
    public string Path => path;

    public int EventCount => eventId.Length;

    public int PulseCount => pulseTimeNs.Length;

    /// <summary>The recorded time of pulse <paramref name="pulse"/> (event_time_zero, ns).</summary>
    public long PulseTimeNs(int pulse) => pulseTimeNs[pulse];

    /// <summary>
    /// The events of recorded pulse <paramref name="pulse"/>: from its event_index to the next pulse's (the last
    /// pulse runs to the end of the events). Events before the first pulse's event_index belong to no pulse.
    /// </summary>
    public (ReadOnlyMemory<int> EventIds, ReadOnlyMemory<int> TimeOffsetNs) Pulse(int pulse)
    {
        var start = (int)_eventIndex[pulse];
        var end = pulse + 1 < _eventIndex.Length ? (int)_eventIndex[pulse + 1] : eventId.Length;
        return (eventId.AsMemory(start, end - start), timeOffsetNs.AsMemory(start, end - start));
    }
}

/// <summary>The recorded events of a run read from <paramref name="File"/>: the NXdetector and NXmonitor groups that hold exactly one NXevent_data.</summary>
public sealed record RecordedRun(string File, IReadOnlyList<RecordedEvents> Detectors, IReadOnlyList<RecordedEvents> Monitors);
