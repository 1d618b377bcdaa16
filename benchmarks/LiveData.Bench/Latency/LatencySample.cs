using LiveData.Bench.Cluster;

namespace LiveData.Bench.Latency;

/// <summary>One result's latency: from the newest pulse in its window to its arrival in the dashboard's data service.</summary>
public sealed record LatencySample(string Stream, string Source, double RateMultiplier, double Seconds)
{
    /// <summary>
    /// The latencies of <paramref name="stream"/>'s window results that hold only pulses of the fake run
    /// whose grid is <paramref name="grid"/> (window start at or after its known pulse), skipping the first
    /// <paramref name="warmUp"/> of each source.
    /// </summary>
    public static IEnumerable<LatencySample> From(IEnumerable<ResultArrival> arrivals, BenchStream stream, double rate, PulseGrid grid, int warmUp) =>
        arrivals
            .Where(a => a.Key.WorkflowId == stream.Workflow && a.StartNs >= grid.KnownPulseNs && a.EndNs is not null)
            .GroupBy(a => a.Key.SourceName)
            .SelectMany(source => source.Skip(warmUp).Select(a => new LatencySample(
                stream.Kind, source.Key, rate, (a.ArrivedNs - grid.NewestBefore(a.EndNs!.Value)) / 1e9)));
}
