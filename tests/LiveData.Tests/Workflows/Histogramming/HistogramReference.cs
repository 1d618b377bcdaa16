using LiveData.Workflows.Parameters;

namespace LiveData.Tests.Workflows.Histogramming;

/// <summary>
/// The naive definitions the kernels must agree with, one event at a time: for log edges a search over the
/// edges; for linear edges the one-multiply formula the histogrammer always used, so results stay the same.
/// </summary>
internal static class HistogramReference
{
    public static int BinOf(TimeOfArrivalEdges edges, int t)
    {
        var edgesNs = EdgesNs(edges);
        if (edges.IsLogarithmic)
        {
            return SearchBin(edgesNs, t);
        }
        if (t < edgesNs[0] || t >= edgesNs[^1])
        {
            return -1;
        }
        return Math.Min((int)((t - edgesNs[0]) * (edges.NumBins / (edgesNs[^1] - edgesNs[0]))), edges.NumBins - 1);
    }

    public static double[] EdgesNs(TimeOfArrivalEdges edges) => [.. edges.Values().Select(e => TimeUnit.ToNanoseconds(e, edges.Unit))];

    /// <summary>The bin i with edges[i] &lt;= t &lt; edges[i + 1], or -1.</summary>
    public static int SearchBin(double[] edgesNs, int t)
    {
        for (var i = 0; i + 1 < edgesNs.Length; i++)
        {
            if (t >= edgesNs[i] && t < edgesNs[i + 1])
            {
                return i;
            }
        }
        return -1;
    }

    public static double[] PixelTimeOfArrival(TimeOfArrivalEdges edges, int firstPixelId, int pixelCount, int[] pixelIds, int[] timeOfArrivalNs)
    {
        var bins = edges.NumBins;
        var counts = new double[pixelCount * bins];
        for (var i = 0; i < pixelIds.Length; i++)
        {
            var pixel = (long)pixelIds[i] - firstPixelId;
            var bin = BinOf(edges, timeOfArrivalNs[i]);
            if (pixel >= 0 && pixel < pixelCount && bin >= 0)
            {
                counts[pixel * bins + bin]++;
            }
        }
        return counts;
    }

    /// <summary>Times of arrival around and inside [startNs, stopNs), with the edges themselves and the int extremes.</summary>
    public static int[] TimesOfArrival(Random random, int count, int startNs, int stopNs, double[] edgesNs)
    {
        var span = stopNs - startNs;
        var values = new int[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = random.Next(8) switch
            {
                0 => (int)Math.Clamp(edgesNs[random.Next(edgesNs.Length)] + random.Next(-1, 2), int.MinValue, int.MaxValue),
                1 => random.Next(2) == 0 ? int.MinValue : int.MaxValue,
                _ => random.Next(startNs - span / 10, stopNs + span / 10),
            };
        }
        return values;
    }
}
