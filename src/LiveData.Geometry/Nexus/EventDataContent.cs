namespace LiveData.Geometry.Nexus;

/// <summary>
/// The NXevent_data of one detector or monitor as it is written: every event's id and time offset (ns) and, per
/// pulse, its time (event_time_zero, ns since the epoch) and the index of its first event.
/// </summary>
public sealed record EventDataContent(int[] EventId, int[] EventTimeOffsetNs, long[] EventTimeZeroNs, long[] EventIndex)
{
    public int EventCount => EventId.Length;

    public int PulseCount => EventTimeZeroNs.Length;
}
