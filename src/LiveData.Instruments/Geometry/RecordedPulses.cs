using LiveData.Geometry.Nexus;

namespace LiveData.Instruments.Geometry;

/// <summary>
/// NXevent_data of a made-up run: pulses 1/14 s apart from a fixed start, each with a random number of events between
/// half of and <c>maxPerPulse</c>, every event drawn by the caller (its id and time offset in ns).
/// </summary>
public static class RecordedPulses
{
    public const long FirstPulseNs = 1_767_225_600_000_000_000; // 2026-01-01T00:00:00Z
    public const long PulsePeriodNs = 1_000_000_000 / 14;

    public static EventDataContent Build(int pulses, int maxPerPulse, Random random, Func<(int EventId, int TimeOffsetNs)> nextEvent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pulses);
        var counts = Enumerable.Range(0, pulses).Select(_ => random.Next(maxPerPulse / 2, maxPerPulse + 1)).ToArray();
        var total = counts.Sum();
        var ids = new int[total];
        var offsets = new int[total];
        var times = new long[pulses];
        var index = new long[pulses];
        var next = 0;
        for (var pulse = 0; pulse < pulses; pulse++)
        {
            times[pulse] = FirstPulseNs + pulse * PulsePeriodNs;
            index[pulse] = next;
            for (var i = 0; i < counts[pulse]; i++, next++)
            {
                (ids[next], offsets[next]) = nextEvent();
            }
        }
        return new EventDataContent(ids, offsets, times, index);
    }
}
