using System.Globalization;
using LiveData.Bench.Cluster;
using LiveData.Bench.Reporting;
using LiveData.Messaging.Topics;
using LiveData.Services.Batching;
using LiveData.Workflows;
using Microsoft.Extensions.Logging;

namespace LiveData.Bench.Latency;

/// <summary>
/// Latency from a fake pulse to the result showing it in the dashboard's data service. Broker, monitor_data
/// and detector_data run as processes, the dashboard in-process with the monitor histogram and panel_0 view
/// started; the fakes run at each rate in turn. For every window ("current") result, latency = the wall time
/// the data service stored it − the reference time of the newest pulse in its window <c>[start_time, time)</c>,
/// taken from the fake's pulse grid (one pulse read from its raw topic fixes the 14 Hz grid exactly).
/// </summary>
public sealed class LatencySection : IBenchSection
{
    public static readonly double[] RateMultipliers = [1, 10];
    public static readonly TimeSpan BatchWindow = TimeSpan.FromTicks(DataTimeBatcher.DefaultWindowNs / 100);
    public static readonly TimeSpan Allowance = TimeSpan.FromMilliseconds(100);

    /// <summary>Results per source dropped after a rate change: the first carries JIT and consumer warm-up.</summary>
    private const int WarmUpResults = 1;
    private static readonly TimeSpan QuickLength = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan FullLength = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ResultsTimeout = TimeSpan.FromSeconds(60);

    public string Name => "latency";

    public string Description => "Fake pulse to result in the dashboard's data service, p50/p95/p99 at nominal and 10x rates";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var length = context.Options.Duration ?? (context.Options.Quick ? QuickLength : FullLength);
        var resultsPerSource = (int)Math.Ceiling(length / BatchWindow);
        var logger = context.LoggerFactory.CreateLogger<LatencySection>();
        await using var cluster = await BenchCluster.StartAsync(BenchStream.Instrument, context.LoggerFactory, cancellationToken);
        await cluster.StartServicesAsync([.. BenchStream.All.Select(s => s.Backend)], cancellationToken);
        var dashboard = await cluster.StartDashboardAsync(cancellationToken);
        using var arrivals = new ResultArrivals(dashboard.Results, key => key.OutputName == TimeOfArrivalOutputs.Current);
        foreach (var stream in BenchStream.All)
        {
            cluster.StartWorkflow(stream.Workflow, cancellationToken);
        }
        context.Progress.Report($"broker at {cluster.Settings.BootstrapServers}; {string.Join(", ", BenchStream.All.Select(s => s.Backend.Name))} and the dashboard running");

        var measured = new List<LatencySample>();
        foreach (var rate in RateMultipliers)
        {
            var fakes = await cluster.StartServicesAsync([.. BenchStream.All.Select(s => s.Fake(rate))], cancellationToken);
            var grids = new Dictionary<BenchStream, PulseGrid>();
            foreach (var stream in BenchStream.All)
            {
                grids[stream] = await PulseProbe.ReadGridAsync(cluster.Settings, stream.RawTopic(InstrumentTopics.For(cluster.Instrument)), logger, cancellationToken);
            }
            IReadOnlyList<LatencySample> Samples(IReadOnlyList<ResultArrival> all) => [.. BenchStream.All.SelectMany(s => LatencySample.From(all, s, rate, grids[s], WarmUpResults))];
            await arrivals.WaitUntilAsync(
                all => Samples(all).GroupBy(x => (x.Stream, x.Source)).Count(g => g.Count() >= resultsPerSource) == SourceCount(cluster),
                $"{resultsPerSource} results per source at {rate}x", length + ResultsTimeout, cancellationToken);
            var samples = Samples(arrivals.Snapshot());
            measured.AddRange(samples);
            await cluster.StopServicesAsync(fakes);
            Record(context, rate, samples);
        }
        LatencyPlot.Save(context.ArtefactPath("latency.png"), measured);
    }

    private static int SourceCount(BenchCluster cluster) =>
        BenchStream.All.Sum(s => cluster.Dashboard.Workflows.Spec(s.Workflow).SourceNames.Count);

    private void Record(BenchContext context, double rate, IReadOnlyList<LatencySample> samples)
    {
        var target = BenchTarget.AtMost((BatchWindow + Allowance).TotalSeconds);
        foreach (var stream in BenchStream.All)
        {
            var seconds = samples.Where(s => s.Stream == stream.Kind).Select(s => s.Seconds).ToList();
            var at = $"{rate.ToString(CultureInfo.InvariantCulture)}x";
            context.Report.Add(new BenchFigure(Name, $"{stream.Kind} p50, {at}", Percentile.Of(seconds, 50), "s"));
            context.Report.Add(new BenchFigure(Name, $"{stream.Kind} p95, {at}", Percentile.Of(seconds, 95), "s"));
            context.Report.Add(new BenchFigure(Name, $"{stream.Kind} p99, {at}", Percentile.Of(seconds, 99), "s", Target: target));
            context.Report.Add(new BenchFigure(Name, $"{stream.Kind} results measured, {at}", seconds.Count, "results"));
            context.Progress.Report($"{stream.Kind} at {at}: {seconds.Count} results, {seconds.Min() * 1e3:0} .. {seconds.Max() * 1e3:0} ms");
        }
    }
}
