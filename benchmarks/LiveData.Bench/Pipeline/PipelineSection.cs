using System.Diagnostics;
using System.Globalization;
using LiveData.Bench.Reporting;
using LiveData.Messaging.Topics;
using Microsoft.Extensions.Logging;

namespace LiveData.Bench.Pipeline;

/// <summary>
/// <c>livedata-bench pipeline</c>: broker, fake_monitors, detector_data and monitor_data as real processes
/// on LOKI's nine detector banks; steps the detector event rate up (fake_detectors' events at a rate
/// multiplier, see <see cref="PacedDetectorProducer"/>) until detector_data falls behind, then runs the
/// failing rate again with two workers splitting the banks (--sources), measures the broker's own
/// throughput with the same message size, and sizes a real cluster for ESS's peak rates.
/// </summary>
public sealed class PipelineSection : IBenchSection
{
    private const string Instrument = "loki";

    // Issue 17: DREAM's peak (7.5e7 events/s) on one worker core, and a worker that keeps 0.9 of its broker's ceiling.
    private const double EventsPerCpuSecondTarget = 7.5e7;
    private const double WorkerToBrokerTarget = 0.9;

    public string Name => "pipeline";

    public string Description => "Highest rate detector_data sustains end to end vs the broker's raw throughput; two-worker scale-out; cluster sizing";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var plan = PipelinePlan.For(context.Options.Quick);
        var logger = context.LoggerFactory.CreateLogger<PipelineSection>();
        await using var rig = await PipelineRig.StartAsync(Instrument, [null], context.LoggerFactory, cancellationToken);
        var steps = new List<StepMeasurement>();
        await rig.StartDetectorLoadAsync(DetectorLoad.For(rig.Instrument, plan.Multipliers[0]));
        var (detectors, monitors) = await StartJobsAsync(rig, cancellationToken);
        foreach (var multiplier in plan.Multipliers)
        {
            var settle = steps.Count == 0 ? plan.FirstSettle : plan.Settle;
            var step = await MeasureStepAsync(rig, detectors, monitors, multiplier, settle, plan, context, cancellationToken);
            steps.Add(step);
            if (step.Verdict != StepVerdict.KeepsUp)
            {
                break;
            }
        }
        var best = steps.Where(s => s.Verdict == StepVerdict.KeepsUp).MaxBy(s => s.SustainedEventsPerSecond);
        var twoWorkers = await MeasureTwoWorkersAsync(rig, steps[^1], plan, context, cancellationToken);
        await rig.StopDetectorLoadAsync();
        await rig.StopDetectorWorkersAsync();

        var from = best?.Multiplier ?? steps[0].Multiplier;
        var ceiling = await PacedBrokerCeiling.MeasureAsync(rig, plan.CeilingMultipliers.Where(m => m >= from), plan, context.Progress, cancellationToken);
        var messageBytes = DetectorLoad.For(rig.Instrument, ceiling.Multiplier).MessageBytes;
        var perPartition = await BrokerCeiling.MeasureAsync(rig.Settings, messageBytes, 1, plan.CeilingWindow, logger, cancellationToken);
        context.Progress.Report(string.Create(CultureInfo.InvariantCulture,
            $"broker raw, one partition, {messageBytes / 1024} KiB messages, producer held within 1 MiB of the consumer: {perPartition:0} MB/s"));

        Report(context, steps, best, twoWorkers, new Ceilings(ceiling.MegabytesPerSecond, ceiling.Multiplier, perPartition));
        ThroughputPlot.Save(context.ArtefactPath("pipeline-throughput.png"), steps, ceiling.MegabytesPerSecond, twoWorkers.Step);
    }

    private static async Task<(ResultProbe Detectors, ResultProbe Monitors)> StartJobsAsync(PipelineRig rig, CancellationToken ct)
    {
        var detectors = new ResultProbe(rig.Dashboard.Results, rig.DetectorView, rig.DetectorSources, TimeProvider.System);
        var monitors = new ResultProbe(rig.Dashboard.Results, rig.MonitorHistogram, rig.MonitorSources, TimeProvider.System);
        await rig.StartJobsAsync(detectors, monitors, ct);
        return (detectors, monitors);
    }

    private static async Task<StepMeasurement> MeasureStepAsync(
        PipelineRig rig, ResultProbe detectors, ResultProbe monitors, double multiplier, TimeSpan settle, PipelinePlan plan, BenchContext context, CancellationToken ct)
    {
        var load = DetectorLoad.For(rig.Instrument, multiplier);
        await rig.StartDetectorLoadAsync(load);
        await Task.Delay(settle, ct);
        var topic = rig.Dashboard.Topics.Detector;
        var messagesBefore = await TopicWatermarks.HighWatermarkAsync(rig.Settings, topic, ct);
        var cpuBefore = ProcessCpu.Total(rig.DetectorWorkers);
        var clock = Stopwatch.StartNew();
        var windows = await Task.WhenAll(detectors.WatchAsync(plan.Window, ct), monitors.WatchAsync(plan.Window, ct));
        var cpu = (ProcessCpu.Total(rig.DetectorWorkers) - cpuBefore).TotalSeconds;
        var messages = await TopicWatermarks.HighWatermarkAsync(rig.Settings, topic, ct) - messagesBefore;
        var window = windows[0];
        var step = new StepMeasurement(multiplier, load.OfferedEventsPerSecond, messages * load.EventsPerMessage / clock.Elapsed.TotalSeconds,
            window.EventsPerDataSecond, window.DataSeconds, window.LagAtStartSeconds, window.LagAtEndSeconds, load.BytesPerEvent, cpu);
        context.Progress.Report(string.Create(CultureInfo.InvariantCulture,
            $"x{multiplier:0.#}: offered {step.OfferedEventsPerSecond:0.00e0} ev/s ({step.OfferedMegabytesPerSecond:0} MB/s), produced {step.ProducedEventsPerSecond:0.00e0}, "
            + $"histogrammed {step.ProcessedEventsPerDataSecond:0.00e0} per data-s, lag {step.LagAtStartSeconds:0.0}→{step.LagAtEndSeconds:0.0} s, "
            + $"{step.EventsPerCpuSecond:0.00e0} ev/CPU-s, monitors {windows[1].EventsPerDataSecond:0.00e0} ev/s: {StepVerdicts.Describe(step.Verdict)}"));
        return step;
    }

    /// <summary>Two workers splitting the banks between them, at the rate where one worker stopped.</summary>
    private static async Task<TwoWorkerRun> MeasureTwoWorkersAsync(PipelineRig rig, StepMeasurement oneWorker, PipelinePlan plan, BenchContext context, CancellationToken ct)
    {
        var sources = rig.DetectorSources;
        IReadOnlyList<string>[] halves = [[.. sources.Where((_, i) => i % 2 == 0)], [.. sources.Where((_, i) => i % 2 == 1)]];
        await rig.StopDetectorLoadAsync();
        await rig.StartDetectorWorkersAsync(halves, ct);
        await rig.StartDetectorLoadAsync(DetectorLoad.For(rig.Instrument, oneWorker.Multiplier));
        var (detectors, monitors) = await StartJobsAsync(rig, ct);
        var step = await MeasureStepAsync(rig, detectors, monitors, oneWorker.Multiplier, plan.FirstSettle, plan, context, ct);
        var scheduled = rig.DetectorWorkers.Select(w => ScheduledJobs.SourcesIn(w.Output.Tail(int.MaxValue))).ToList();
        for (var i = 0; i < halves.Length; i++)
        {
            if (!scheduled[i].SetEquals(halves[i]))
            {
                throw new InvalidOperationException(
                    $"Worker {i + 1} was given --sources {string.Join(",", halves[i])} but took jobs for {string.Join(",", scheduled[i].Order())}");
            }
            context.Progress.Report($"worker {i + 1} hosts {string.Join(", ", scheduled[i].Order())}");
        }
        return new TwoWorkerRun(step, [.. scheduled.Select(s => s.Count)], oneWorker);
    }

    private static void Report(BenchContext context, List<StepMeasurement> steps, StepMeasurement? best, TwoWorkerRun two, Ceilings ceilings)
    {
        const string section = "pipeline";
        var report = context.Report;
        var limitedBy = steps[^1].Verdict switch
        {
            StepVerdict.KeepsUp => "top of the ladder",
            var v => StepVerdicts.Describe(v),
        };
        report.Add(new BenchFigure(section, $"highest sustained detector events/s (1 worker; stopped at: {limitedBy})", best?.SustainedEventsPerSecond ?? 0, "events/s"));
        report.Add(new BenchFigure(section, "highest sustained detector MB/s (1 worker)", best?.SustainedMegabytesPerSecond ?? 0, "MB/s",
            new BenchReference($"broker raw lossless, same paced messages (x{ceilings.PacedMultiplier:0.#})", ceilings.Paced), BenchTarget.RatioAtLeast(WorkerToBrokerTarget)));
        report.Add(new BenchFigure(section, "broker raw, 1 partition (per-partition rate for sizing)", ceilings.PerPartition, "MB/s"));
        report.Add(new BenchFigure(section, "two detector_data workers: sustained events/s", two.Step.SustainedEventsPerSecond, "events/s",
            new BenchReference($"one worker at x{two.OneWorker.Multiplier:0.#}", two.OneWorker.SustainedEventsPerSecond)));
        for (var i = 0; i < two.SourcesPerWorker.Count; i++)
        {
            report.Add(new BenchFigure(section, $"two detector_data workers: worker {i + 1} jobs (its --sources only)", two.SourcesPerWorker[i], "sources"));
        }
        var perCore = steps.Where(s => s.Verdict == StepVerdict.KeepsUp).Select(s => s.EventsPerCpuSecond).DefaultIfEmpty(steps[0].EventsPerCpuSecond).Max();
        report.Add(new BenchFigure(section, "detector_data events per CPU-second (all its threads, best rung that keeps up)", perCore, "events/s/core", Target: BenchTarget.AtLeast(EventsPerCpuSecondTarget)));
        foreach (var (instrument, peak) in ScaleOutSizing.EssPeaks)
        {
            var sizing = new ScaleOutSizing(instrument, peak, steps[0].BytesPerEvent, perCore, ceilings.PerPartition);
            report.Add(new BenchFigure(section, $"{instrument} {peak:0.#e0} events/s ({sizing.PeakMegabytesPerSecond:0} MB/s): detector_data workers", sizing.Workers, "workers"));
            report.Add(new BenchFigure(section, $"{instrument} {peak:0.#e0} events/s: partitions", sizing.Partitions, "partitions"));
        }
    }

    private sealed record Ceilings(double Paced, double PacedMultiplier, double PerPartition);

    private sealed record TwoWorkerRun(StepMeasurement Step, IReadOnlyList<int> SourcesPerWorker, StepMeasurement OneWorker);
}
