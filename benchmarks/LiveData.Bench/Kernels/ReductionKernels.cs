using System.Globalization;
using LiveData.Bench.Reporting;
using LiveData.Instruments.Geometry.Samples;

namespace LiveData.Bench.Kernels;

/// <summary>
/// The reductions' per-event kernels in the kernels section: DREAM powder_reduction, LoKI i_of_q, ESTIA
/// reflectometry_reduction and BIFROST qmap, each on its known-answer sample's events through the synthetic geometry,
/// timed next to numpy's implementation of the same formula and the plain C loop's, on the same events, arrays and table,
/// whose histograms must agree with ours.
/// </summary>
internal static class ReductionKernels
{
    // A sample's distinct events, repeated up to the count: drawing them costs more than the whole measurement otherwise.
    private const int DistinctEvents = 1 << 18;

    // Smaller messages than the histogram cases' (2^18 events) give the JIT enough calls to reach its optimised code in the
    // warm-up pass at the quick run's event count; 65 536 events is still a large ev44 message.
    private const int EventsPerMessage = 1 << 16;

    private sealed record Reduction(string Instrument, string Bank, string Sample, int Seed, Func<SyntheticInstrument, string, EventSet, ReductionKernelCase> Create);

    private static readonly Reduction[] Reductions =
    [
        new("dream", "mantle_detector", "silicon", 48, (i, b, e) => new PowderReductionCase(i, b, e)),
        new("loki", "loki_detector_0", "spheres", 49, (i, b, e) => new SansIofQCase(i, b, e)),
        new("estia", "multiblade_detector", "critical_edge", 50, (i, b, e) => new ReflectometryReductionCase(i, b, e)),
        new("bifrost", "unified_detector", "dispersion", 51, (i, b, e) => new QMapReductionCase(i, b, e)),
    ];

    /// <exception cref="InvalidOperationException">a reference failed, or its histogram disagrees with ours.</exception>
    public static async Task MeasureAsync(
        BenchContext context, string section, KernelReferences references, int eventCount, int repeats, double bandwidth,
        List<KernelChart.Row> rows, CancellationToken cancellationToken)
    {
        var progress = context.Progress;
        foreach (var reduction in Reductions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var instrument = SyntheticInstrument.Of(reduction.Instrument);
            var bank = instrument.Bank(reduction.Bank);
            var sample = KnownSamples.Get(reduction.Instrument, reduction.Sample);
            progress.Report($"drawing {Math.Min(eventCount, DistinctEvents):N0} events of {reduction.Instrument}'s {sample.Name} sample on {bank.Name} (seed {reduction.Seed}), repeated to {eventCount:N0}");
            var (ids, offsets) = instrument.SampleEvents(sample, bank.Name, eventCount, DistinctEvents, reduction.Seed);
            var events = GeneratedEvents.Of(ids, offsets, EventsPerMessage);
            var set = new EventSet(bank.FirstDetectorNumber, bank.LastDetectorNumber - bank.FirstDetectorNumber + 1, (int)instrument.Table.PulsePeriodNs, reduction.Seed);
            using var kernel = reduction.Create(instrument, bank.Name, set);
            var (rate, _) = KernelTiming.Measure(kernel, events, repeats, cancellationToken);
            var ((numpyRate, numpyHistogram), (cLoopRate, cLoopHistogram)) = await MeasureReferencesAsync(references, kernel, events, repeats, cancellationToken);
            var ours = kernel.Histogram();
            HistogramAgreement.Check(kernel.Name, ours, numpyHistogram, "numpy's");
            HistogramAgreement.Check(kernel.Name, ours, cLoopHistogram, "the C loop's");
            var bound = bandwidth / kernel.Traffic.Bytes;
            var figure = context.Report.Add(new BenchFigure(section, kernel.Name, rate, "events/s", new BenchReference(kernel.Numpy.Label, numpyRate), kernel.Target));
            var againstC = context.Report.Add(CLoopReference.Figure(section, kernel.Name, rate, cLoopRate));
            context.Report.Add(new BenchFigure(section, $"{kernel.Name}: memory-bandwidth bound ({kernel.Traffic.What}, 1 core(s))", bound, "events/s"));
            progress.Report(string.Create(CultureInfo.InvariantCulture,
                $"{kernel.Name}: {rate / 1e6:F1} M events/s, {figure.Ratio:F1}x numpy ({numpyRate / 1e6:F1} M/s), {againstC.Ratio:F2}x the C loop ({cLoopRate / 1e6:F1} M/s), histogram equal to numpy's and the C loop's ({ours.Length:N0} values, sum {ours.Sum():G6})"));
            rows.Add(new KernelChart.Row(kernel.Name, rate, numpyRate, cLoopRate, bound));
        }
    }

    /// <summary>Writes the events and the kernel's arrays to a temporary directory and times numpy's formula and the C loop on them.</summary>
    internal static async Task<((double Rate, double[] Histogram) Numpy, (double Rate, double[] Histogram) CLoop)> MeasureReferencesAsync(
        KernelReferences references, ReductionKernelCase kernel, GeneratedEvents events, int repeats, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory($"livedata-reduction-{kernel.Numpy.Kind}-");
        try
        {
            events.Write(Path.Combine(directory.FullName, ReductionNumpyScript.EventsFile));
            kernel.Arrays.Write(directory.FullName);
            var numpy = await references.Numpy.MeasureReductionAsync(directory.FullName, kernel.Numpy.Kind, repeats, cancellationToken);
            var cLoop = await references.CLoop.MeasureReductionAsync(directory.FullName, kernel.Numpy.Kind, repeats, cancellationToken);
            return (numpy, cLoop);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
