using System.Globalization;
using LiveData.Bench.Cluster;
using LiveData.Bench.Reporting;
using LiveData.Core.Identity;
using LiveData.Processes;
using LiveData.Workflows;

namespace LiveData.Bench.Memory;

/// <summary>
/// Each service's peak resident memory (VmHWM) at nominal and 10x rates with the monitor histogram and the
/// panel_0 view running, sampled once a second for the run length (10 minutes; <c>--duration</c> shortens it),
/// and the RSS slope over the second half of the run as evidence that memory stays flat. The services start
/// afresh for each rate so each peak belongs to its rate.
/// </summary>
public sealed class MemorySection : IBenchSection
{
    public static readonly double[] RateMultipliers = [1, 10];
    private static readonly TimeSpan FullLength = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan QuickLength = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan SampleInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan FirstResultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Services without a job in this run, measured outside quick runs: their footprint counts too, and
    /// data_reduction still reads the detector stream at the run's rate.
    /// </summary>
    private static readonly BenchService[] JoblessServices = [BenchService.Backend(ServiceNames.DataReduction), BenchService.Backend(ServiceNames.Timeseries)];

    public string Name => "memory";

    public string Description => "Peak RSS per service at nominal and 10x rates, and whether RSS stays flat";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var length = context.Options.Duration ?? (context.Options.Quick ? QuickLength : FullLength);
        await using var cluster = await BenchCluster.StartAsync(BenchStream.Instrument, context.LoggerFactory, cancellationToken);
        var dashboard = await cluster.StartDashboardAsync(cancellationToken);
        var all = new List<(double, RssSample)>();
        foreach (var rate in RateMultipliers)
        {
            IReadOnlyList<BenchService> services = [.. BenchStream.All.SelectMany(s => new[] { s.Fake(rate), s.Backend }), .. context.Options.Quick ? [] : JoblessServices];
            var processes = await cluster.StartServicesAsync(services, cancellationToken);
            using (var arrivals = new ResultArrivals(dashboard.Results, key => key.OutputName == TimeOfArrivalOutputs.Current))
            {
                foreach (var stream in BenchStream.All)
                {
                    cluster.StartWorkflow(stream.Workflow, cancellationToken);
                }
                await arrivals.WaitUntilAsync(
                    a => BenchStream.All.All(s => a.Any(r => r.Key.WorkflowId == s.Workflow)), "first result of every workflow", FirstResultTimeout, cancellationToken);
            }
            context.Progress.Report($"{rate.ToString(CultureInfo.InvariantCulture)}x: jobs running; sampling RSS of {processes.Count} services for {length.TotalSeconds:0} s"
                + (length < 2 * MemoryTrend.MinimumSpan ? $" (too short for an RSS slope, which needs {2 * MemoryTrend.MinimumSpan.TotalSeconds:0} s)" : ""));
            IReadOnlyList<RssSample> samples;
            await using (var sampler = new RssSampler(processes, SampleInterval))
            {
                await Task.Delay(length, cancellationToken);
                samples = sampler.Samples;
            }
            Record(context, rate, processes, samples);
            all.AddRange(samples.Select(s => (rate, s)));
            await cluster.StopServicesAsync(processes);
        }
        MemoryPlot.Save(context.ArtefactPath("memory.png"), all);
    }

    private void Record(BenchContext context, double rate, IReadOnlyList<ServiceProcess> processes, IReadOnlyList<RssSample> samples)
    {
        var at = $"{rate.ToString(CultureInfo.InvariantCulture)}x";
        foreach (var process in processes)
        {
            var own = samples.Where(s => s.Service == process.Name).ToList();
            if (own.Count == 0)
            {
                throw new InvalidOperationException($"{process.Name} exited before its memory could be read{Environment.NewLine}{process.Output.Tail()}");
            }
            context.Report.Add(new BenchFigure(Name, $"{process.Name} peak RSS, {at}", own.Max(s => s.Memory.PeakRssBytes) / MemoryTrend.BytesPerMegabyte, "MB"));
            if (MemoryTrend.SecondHalfSlopeMegabytesPerMinute([.. own.Select(s => (s.Elapsed, s.Memory.RssBytes))]) is { } slope)
            {
                context.Report.Add(new BenchFigure(Name, $"{process.Name} RSS slope, second half, {at}", slope, "MB/min"));
            }
        }
    }
}
