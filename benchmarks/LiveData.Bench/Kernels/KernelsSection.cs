using System.Globalization;
using LiveData.Bench.Reporting;

namespace LiveData.Bench.Kernels;

/// <summary>
/// <c>livedata-bench kernels</c>: ev44 decode plus histogramming, on seeded events, for a monitor (1-D) and
/// detector views (pixel x time of arrival, and a DREAM-size image on one and two cores), then the detector view
/// workflows with ROI support as jobs run them (dummy's panel and an NMX panel), then the reductions' per-event kernels
/// (<see cref="ReductionKernels"/>). Each figure is in events/s next to numpy and a plain C loop
/// (<see cref="CLoopReference"/>) on the same events, and the memory-bandwidth bound for the bytes it must move.
/// </summary>
public sealed class KernelsSection : IBenchSection
{
    private const int EventsPerMessage = 1 << 18;
    private const int PulsePeriodNs = 71_430_000;
    private const int DreamPixels = 12_000_000;
    private const int NmxPanelSide = 1280;

    public string Name => "kernels";

    public string Description => "ev44 decode + histogram and reduction kernels vs numpy, a C loop and the memory-bandwidth bound";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var progress = context.Progress;
        var quick = context.Options.Quick;
        if (BuildConfiguration.KernelsAreDebug)
        {
            progress.Report("WARNING: DEBUG BUILD - the kernels run unoptimised and these figures are meaningless; use -c Release");
        }
        var numpy = new NumpyReference(progress);
        await numpy.EnsureInstalledAsync(cancellationToken);
        var references = new KernelReferences(numpy, await CLoopReference.CompileAsync("gcc", progress, cancellationToken));

        var run = new KernelsRun(quick ? 1 << 23 : 1 << 24, quick ? 3 : 7, MeasureBandwidth(quick, progress));
        var rows = new List<KernelChart.Row>();
        var cases = Cases();
        try
        {
            foreach (var set in cases.GroupBy(c => c.Events))
            {
                await MeasureSetAsync(context, references, set, run, rows, cancellationToken);
            }
        }
        finally
        {
            foreach (var kernel in cases)
            {
                kernel.Dispose();
            }
        }
        await ReductionKernels.MeasureAsync(context, Name, references, quick ? 1 << 21 : 1 << 24, run.Repeats, run.Bandwidth[1], rows, cancellationToken);
        KernelChart.Save(context.ArtefactPath("kernels.png"), rows);
    }

    private async Task MeasureSetAsync(
        BenchContext context, KernelReferences references, IGrouping<EventSet, KernelCase> set, KernelsRun run, List<KernelChart.Row> rows, CancellationToken cancellationToken)
    {
        var (eventCount, repeats, bandwidth) = run;
        var progress = context.Progress;
        progress.Report($"generating {eventCount:N0} events over {set.Key.PixelCount:N0} pixels (seed {set.Key.Seed})");
        var events = GeneratedEvents.Create(eventCount, EventsPerMessage, set.Key.FirstPixelId, set.Key.PixelCount, set.Key.TimeOfArrivalStopNs, set.Key.Seed);
        var (numpyRates, cLoopRates) = await MeasureReferencesAsync(references, events, set, repeats, progress, cancellationToken);
        foreach (var kernel in set)
        {
            var (rate, counted) = KernelTiming.Measure(kernel, events, repeats, cancellationToken);
            var (numpyRate, numpyCounted) = numpyRates[kernel.Numpy];
            // numpy bins the same events the same way: the counts must agree exactly.
            if (counted != numpyCounted)
            {
                throw new InvalidOperationException($"{kernel.Name}: counted {counted} events, numpy {numpyCounted}");
            }
            var (cLoopRate, cLoopCounted) = cLoopRates[(kernel.Numpy, kernel.Threads)];
            if (counted != cLoopCounted)
            {
                throw new InvalidOperationException($"{kernel.Name}: counted {counted} events, the C loop {cLoopCounted}");
            }
            var bound = bandwidth[kernel.Threads] / kernel.Traffic.Bytes;
            var figure = context.Report.Add(new BenchFigure(Name, kernel.Name, rate, "events/s", new BenchReference(kernel.Numpy.Label, numpyRate), kernel.Target));
            var againstC = context.Report.Add(CLoopReference.Figure(Name, kernel.Name, rate, cLoopRate));
            context.Report.Add(new BenchFigure(Name, $"{kernel.Name}: memory-bandwidth bound ({kernel.Traffic.What}, {kernel.Threads} core(s))", bound, "events/s"));
            progress.Report(string.Create(CultureInfo.InvariantCulture,
                $"{kernel.Name}: {rate / 1e6:F1} M events/s, {figure.Ratio:F1}x numpy ({numpyRate / 1e6:F1} M/s), {againstC.Ratio:F2}x the C loop ({cLoopRate / 1e6:F1} M/s), bound {bound / 1e6:F0} M/s, counted {counted:N0}"));
            rows.Add(new KernelChart.Row(kernel.Name, rate, numpyRate, cLoopRate, bound));
        }
    }

    private static IReadOnlyList<KernelCase> Cases()
    {
        var monitor = new EventSet(1, 16_384, PulsePeriodNs, Seed: 44);
        var dummy = new EventSet(1, 16_384, PulsePeriodNs, Seed: 45);
        var dream = new EventSet(1, DreamPixels, PulsePeriodNs, Seed: 46);
        var nmxPanel = new EventSet(1, NmxPanelSide * NmxPanelSide, PulsePeriodNs, Seed: 47);
        (int, string) eventStream = (8, "8 B/event: pixel id + time of arrival");
        // The DREAM-size counts (48 MB) outgrow the last-level cache (32 MB here): an event whose count misses it
        // also reads a 64 B line and later writes it back. The bound assumes every count misses.
        (int, string) eventStreamAndLine = (8 + 2 * 64, "8 B/event + 64 B count line read and written back, every count a miss");
        return
        [
            new MonitorKernelCase(100, monitor),
            new MonitorKernelCase(10_000, monitor),
            new PixelKernelCase("dummy pixel x TOA, 16 384 pixels x 100 bins", dummy, 100, 1, BenchTarget.RatioAtLeast(4), eventStream),
            new PixelKernelCase("DREAM-size image, 1.2e7 pixels, 1 core", dream, 1, 1, BenchTarget.AtLeast(75e6), eventStreamAndLine),
            new PixelKernelCase("DREAM-size image, 1.2e7 pixels, 2 cores", dream, 1, 2, BenchTarget.AtLeast(150e6), eventStreamAndLine),
            // The detector view workflows themselves, with ROI support: dummy's panel_0_xy and one NMX panel_xy.
            new DetectorViewKernelCase("dummy panel_0_xy view with an ROI, 128 x 128 x 100 bins", dummy, 128, 128, eventStream),
            new DetectorViewKernelCase("NMX panel_xy view with an ROI, 1280 x 1280 x 100 bins", nmxPanel, NmxPanelSide, NmxPanelSide, eventStreamAndLine),
        ];
    }

    /// <param name="Bandwidth">Streaming read bandwidth (bytes/s) by number of threads.</param>
    private sealed record KernelsRun(int EventCount, int Repeats, IReadOnlyDictionary<int, double> Bandwidth);

    private static Dictionary<int, double> MeasureBandwidth(bool quick, IProgress<string> progress)
    {
        var bandwidth = new Dictionary<int, double>();
        foreach (var threads in new[] { 1, 2 })
        {
            bandwidth[threads] = MemoryBandwidth.MeasureRead(threads, quick ? 256 : 1024, quick ? 3 : 5);
            progress.Report(string.Create(CultureInfo.InvariantCulture, $"streaming read bandwidth, {threads} core(s): {bandwidth[threads] / 1e9:F1} GB/s"));
        }
        return bandwidth;
    }

    /// <summary>numpy's rate per call and the C loop's per call and thread count, on the events written to one file.</summary>
    private static async Task<(Dictionary<NumpyCall, (double Rate, long Counted)> Numpy, Dictionary<(NumpyCall, int), (double Rate, long Counted)> CLoop)> MeasureReferencesAsync(
        KernelReferences references, GeneratedEvents events, IGrouping<EventSet, KernelCase> set, int repeats, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var file = Path.Combine(Path.GetTempPath(), $"livedata-kernels-{Environment.ProcessId}-{set.Key.Seed}.bin");
        try
        {
            events.Write(file);
            var numpy = new Dictionary<NumpyCall, (double, long)>();
            foreach (var call in set.Select(c => c.Numpy).Distinct())
            {
                numpy[call] = await references.Numpy.MeasureAsync(file, call, set.Key, repeats, cancellationToken);
                progress.Report(string.Create(CultureInfo.InvariantCulture, $"{call.Label} ({call.Kind}, {call.Bins} bins): {numpy[call].Item1 / 1e6:F1} M events/s"));
            }
            var cLoop = new Dictionary<(NumpyCall, int), (double, long)>();
            foreach (var (call, threads) in set.Select(c => (c.Numpy, c.Threads)).Distinct())
            {
                cLoop[(call, threads)] = await references.CLoop.MeasureHistogramAsync(file, call, set.Key, threads, repeats, cancellationToken);
                progress.Report(string.Create(CultureInfo.InvariantCulture,
                    $"{CLoopReference.Label} ({call.Kind}, {call.Bins} bins, {threads} thread(s)): {cLoop[(call, threads)].Item1 / 1e6:F1} M events/s"));
            }
            return (numpy, cLoop);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
