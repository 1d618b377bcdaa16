using LiveData.Geometry.Nexus;

namespace LiveData.Instruments.Geometry;

/// <summary>
/// A made-up recorded run: the synthetic geometry with NXevent_data on every detector bank and monitor, the same for
/// the same seed. Pulses are 1/14 s apart from a fixed start; each pulse holds a random number of events, detector
/// events on random pixels of their bank, monitor events with id 1 (as the fakes send them), all with time offsets
/// uniform over the 71 ms frame.
/// </summary>
public static class SyntheticRun
{
    public const long FirstPulseNs = 1_767_225_600_000_000_000; // 2026-01-01T00:00:00Z
    public const long PulsePeriodNs = 1_000_000_000 / 14;
    private const int FrameNs = 71_000_000;
    private const int MaxDetectorEventsPerPulse = 2000;
    private const int MaxMonitorEventsPerPulse = 200;

    public static InstrumentContent For(Instrument instrument, int pulses, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pulses);
        var geometry = SyntheticGeometry.For(instrument);
        var random = new Random(seed);
        return geometry with
        {
            Detectors = [.. geometry.Detectors.Select(d => d with
            {
                Events = Events(pulses, MaxDetectorEventsPerPulse, random, () => d.DetectorNumbers[random.Next(d.PixelCount)]),
            })],
            Monitors = [.. geometry.Monitors.Select(m => m with { Events = Events(pulses, MaxMonitorEventsPerPulse, random, () => 1) })],
        };
    }

    private static EventDataContent Events(int pulses, int maxPerPulse, Random random, Func<int> eventId)
    {
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
                ids[next] = eventId();
                offsets[next] = random.Next(FrameNs);
            }
        }
        return new EventDataContent(ids, offsets, times, index);
    }
}
