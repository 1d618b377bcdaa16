using LiveData.Geometry.Nexus;
using LiveData.Instruments.Geometry.Samples;

namespace LiveData.Instruments.Geometry;

/// <summary>
/// A made-up recorded run: the synthetic geometry with NXevent_data on every detector bank and monitor, the same for
/// the same seed. Without a sample, detector events land on random pixels of their bank and monitor events carry id 1
/// (as the fakes send them), all with time offsets uniform over the 71 ms frame; with a known-answer sample, the
/// sample draws them through the geometry.
/// </summary>
public static class SyntheticRun
{
    private const int FrameNs = 71_000_000;
    private const int MaxDetectorEventsPerPulse = 2000;
    private const int MaxMonitorEventsPerPulse = 200;

    public static InstrumentContent For(Instrument instrument, int pulses, int seed, IKnownSample? sample = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pulses);
        var content = SyntheticGeometry.For(instrument);
        var random = new Random(seed);
        if (sample is not null)
        {
            var geometry = GeometryOf(content);
            return content with
            {
                Detectors = [.. content.Detectors.Select(d => d with { Events = sample.DetectorEvents(geometry, d.Name, pulses, random) })],
                Monitors = [.. content.Monitors.Select(m => m with { Events = sample.MonitorEvents(geometry, m.Name, pulses, random) })],
            };
        }
        return content with
        {
            Detectors = [.. content.Detectors.Select(d => d with
            {
                Events = RecordedPulses.Build(pulses, MaxDetectorEventsPerPulse, random, () => (d.DetectorNumbers[random.Next(d.PixelCount)], random.Next(FrameNs))),
            })],
            Monitors = [.. content.Monitors.Select(m => m with { Events = RecordedPulses.Build(pulses, MaxMonitorEventsPerPulse, random, () => (1, random.Next(FrameNs))) })],
        };
    }

    // The geometry as a reader of the written file sees it: samples draw events through the same positions the services use.
    private static LiveData.Geometry.InstrumentGeometry GeometryOf(InstrumentContent content)
    {
        using var stream = new MemoryStream();
        NexusFileWriter.Write(stream, content);
        stream.Position = 0;
        return NexusGeometryReader.Read(stream);
    }
}
