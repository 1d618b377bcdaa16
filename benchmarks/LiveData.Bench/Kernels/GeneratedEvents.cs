using System.Runtime.InteropServices;
using LiveData.Wire.Ev44;

namespace LiveData.Bench.Kernels;

/// <summary>
/// Seeded events for one kernel case, and the same events encoded as ev44 messages. A few per cent fall
/// outside the time-of-arrival edges or carry pixel ids outside the detector, as real streams do.
/// </summary>
public sealed class GeneratedEvents
{
    private GeneratedEvents(int[] pixelIds, int[] timeOfArrivalNs, IReadOnlyList<byte[]> messages)
    {
        PixelIds = pixelIds;
        TimeOfArrivalNs = timeOfArrivalNs;
        Messages = messages;
    }

    public int[] PixelIds { get; }

    public int[] TimeOfArrivalNs { get; }

    public IReadOnlyList<byte[]> Messages { get; }

    public int Count => PixelIds.Length;

    /// <param name="timeOfArrivalStopNs">Events spread over [-2 %, 102 %] of [0, stop).</param>
    public static GeneratedEvents Create(int count, int eventsPerMessage, int firstPixelId, int pixelCount, int timeOfArrivalStopNs, int seed)
    {
        var random = new Random(seed);
        var pixelIds = new int[count];
        var timeOfArrival = new int[count];
        var margin = timeOfArrivalStopNs / 50;
        for (var i = 0; i < count; i++)
        {
            // One event in a hundred has an id outside the detector, below or above it.
            pixelIds[i] = random.Next(100) == 0
                ? (random.Next(2) == 0 ? firstPixelId - 1 - random.Next(1000) : firstPixelId + pixelCount + random.Next(1000))
                : firstPixelId + random.Next(pixelCount);
            timeOfArrival[i] = random.Next(-margin, timeOfArrivalStopNs + margin);
        }
        return Of(pixelIds, timeOfArrival, eventsPerMessage);
    }

    /// <summary>Given events, encoded as ev44 messages of <paramref name="eventsPerMessage"/> events.</summary>
    public static GeneratedEvents Of(int[] pixelIds, int[] timeOfArrival, int eventsPerMessage)
    {
        var count = pixelIds.Length;
        var messages = new List<byte[]>();
        for (var start = 0; start < count; start += eventsPerMessage)
        {
            var size = Math.Min(eventsPerMessage, count - start);
            messages.Add(Ev44Encoder.Encode("bench", messages.Count, [0], [0], timeOfArrival.AsSpan(start, size), pixelIds.AsSpan(start, size)));
        }
        return new GeneratedEvents(pixelIds, timeOfArrival, messages);
    }

    /// <summary>Writes the pixel ids, then the times of arrival, as native int32 (numpy's <c>fromfile</c> layout).</summary>
    public void Write(string path)
    {
        using var file = File.Create(path);
        file.Write(MemoryMarshal.AsBytes(PixelIds.AsSpan()));
        file.Write(MemoryMarshal.AsBytes(TimeOfArrivalNs.AsSpan()));
    }
}
