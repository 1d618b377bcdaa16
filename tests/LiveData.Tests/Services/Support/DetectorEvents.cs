using LiveData.Wire.Ev44;

namespace LiveData.Tests.Services.Support;

/// <summary>ev44 detector payloads: events spread over a pixel range, at time-of-arrival values inside the default edges.</summary>
public static class DetectorEvents
{
    public static byte[] Ev44(string source, long pulseTimeNs, int events, int firstPixel, int lastPixel)
    {
        var pixels = Enumerable.Range(0, events).Select(i => firstPixel + (int)((long)i * (lastPixel - firstPixel + 1) / Math.Max(1, events))).ToArray();
        return Ev44Encoder.Encode(source, 0, [pulseTimeNs], [0], MonitorEvents.InsideDefaultEdges(events), pixels);
    }
}
