using LiveData.Wire.Ev44;

namespace LiveData.Tests.Services.Support;

/// <summary>Builds monitor ev44 payloads the way the fakes do: one pulse per message, pixel ids all 1.</summary>
public static class MonitorEvents
{
    public const long Second = 1_000_000_000;

    public static byte[] Ev44(string source, long pulseTimeNs, int[] timeOfArrivalNs) =>
        Ev44Encoder.Encode(source, 0, [pulseTimeNs], [0], timeOfArrivalNs, Enumerable.Repeat(1, timeOfArrivalNs.Length).ToArray());

    /// <summary><paramref name="count"/> time-of-arrival values spread evenly over 1..70 ms, inside the default edges.</summary>
    public static int[] InsideDefaultEdges(int count) =>
        [.. Enumerable.Range(0, count).Select(i => 1_000_000 + (int)(69_000_000L * i / Math.Max(1, count)))];
}
