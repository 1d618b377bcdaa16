using System.Diagnostics;
using LiveData.Bench.Cluster;
using LiveData.Bench.Reporting;
using LiveData.Checkout;
using LiveData.Services.Backend;

namespace LiveData.Bench.Suite;

/// <summary>
/// How fast the acceptance suite can be: each service's start-up to readiness (the log lines the suite waits
/// for), median over several launches; and each acceptance scenario's wall time from the suite's Cucumber
/// Messages. A full run runs the suite first; a quick run reads the report the last run left.
/// </summary>
public sealed class SuiteSection : IBenchSection
{
    public static readonly TimeSpan ScenarioTarget = TimeSpan.FromSeconds(3);

    /// <summary>Issue 17: the whole acceptance run (as CI runs it, two scenarios at a time) on two cores.</summary>
    public static readonly TimeSpan SuiteTarget = TimeSpan.FromSeconds(120);
    private const int QuickLaunches = 1;
    private const int FullLaunches = 5;

    private static readonly BenchService[] Services =
    [
        BenchService.FakeMonitors(1),
        BenchService.FakeDetectors(1),
        BenchService.FakeLogdata,
        .. BackendServiceCatalog.Names.Order(StringComparer.Ordinal).Select(name => BenchService.Backend(name)),
    ];

    public string Name => "suite";

    public string Description => "Service start-up to readiness, and wall time per acceptance scenario (median, max)";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        await MeasureStartupAsync(context, context.Options.Quick ? QuickLaunches : FullLaunches, cancellationToken);
        await MeasureScenariosAsync(context, cancellationToken);
    }

    private async Task MeasureStartupAsync(BenchContext context, int launches, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await using var cluster = await BenchCluster.StartAsync(BenchStream.Instrument, context.LoggerFactory, ct);
        context.Report.Add(new BenchFigure(Name, "broker and topics ready", clock.Elapsed.TotalSeconds, "s"));
        foreach (var service in Services)
        {
            var seconds = new List<double>();
            for (var launch = 0; launch < launches; launch++)
            {
                clock.Restart();
                var started = await cluster.StartServicesAsync([service], ct);
                seconds.Add(clock.Elapsed.TotalSeconds);
                await cluster.StopServicesAsync(started);
            }
            context.Report.Add(new BenchFigure(Name, $"{service.Name} start-up to ready (median of {launches})", Percentile.Median(seconds), "s"));
        }
    }

    // A full run runs the suite one scenario at a time (each scenario's own wall time, the target's measure)
    // and then in parallel (the suite's wall time as CI sees it); a quick run reads the last report.
    private async Task MeasureScenariosAsync(BenchContext context, CancellationToken ct)
    {
        var suite = AcceptanceSuite.Locate(Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariable);
        if (context.Options.Quick)
        {
            if (ReadReport(context, suite) is { } last)
            {
                AddScenarioFigures(context, last, "last run");
                if (last.WallTime is { } wall)
                {
                    context.Report.Add(new BenchFigure(Name, "acceptance suite wall time (last run, as it ran)", wall.TotalSeconds, "s", Target: BenchTarget.AtMost(SuiteTarget.TotalSeconds)));
                }
            }
            return;
        }
        if (await RunSuiteAsync(context, suite, sequential: true, ct) is not { } sequential)
        {
            return;
        }
        AddScenarioFigures(context, sequential, "one at a time");
        if (await RunSuiteAsync(context, suite, sequential: false, ct) is not { } parallel)
        {
            return;
        }
        if (sequential.WallTime is { } alone && parallel.WallTime is { } together)
        {
            context.Report.Add(new BenchFigure(Name, "acceptance suite wall time, one at a time", alone.TotalSeconds, "s"));
            context.Report.Add(new BenchFigure(Name, "acceptance suite wall time, in parallel", together.TotalSeconds, "s", new BenchReference("one at a time", alone.TotalSeconds),
                BenchTarget.AtMost(SuiteTarget.TotalSeconds)));
        }
        var median = Percentile.Median([.. parallel.Scenarios.Select(s => s.WallTime.TotalSeconds)]);
        context.Report.Add(new BenchFigure(Name, "scenario wall time, median (in parallel)", median, "s"));
    }

    private async Task<AcceptanceRunTimes?> RunSuiteAsync(BenchContext context, AcceptanceSuite suite, bool sequential, CancellationToken ct)
    {
        var mode = sequential ? "one scenario at a time" : "scenarios in parallel";
        context.Progress.Report($"running the acceptance suite ({AcceptanceSuite.Project}), {mode}; this takes minutes");
        var began = DateTime.UtcNow;
        var (exitCode, tail) = await suite.RunAsync(sequential, ct);
        context.Progress.Report($"acceptance suite ({mode}) exited with code {exitCode}");
        if (suite.ReportPath is not { } written || !File.Exists(written) || File.GetLastWriteTimeUtc(written) < began)
        {
            context.Report.AddFailure(Name, $"the acceptance run (exit code {exitCode}) wrote no report at {suite.ReportPath}:{Environment.NewLine}{tail}");
            return null;
        }
        return ReadReport(context, suite);
    }

    private AcceptanceRunTimes? ReadReport(BenchContext context, AcceptanceSuite suite)
    {
        var path = suite.ReportPath;
        if (path is null || !File.Exists(path))
        {
            context.Report.AddFailure(Name,
                $"no acceptance report ({path ?? $"set {AcceptanceReport.DirectoryVariable} or run inside a checkout"}); run `dotnet test --project {AcceptanceSuite.Project}` first, or `livedata-bench suite` without --quick");
            return null;
        }
        AcceptanceRunTimes run;
        using (var reader = File.OpenText(path))
        {
            run = ScenarioDurations.Parse(reader);
        }
        if (run.Scenarios.Count == 0)
        {
            context.Report.AddFailure(Name, $"the acceptance report {path} holds no finished scenario");
            return null;
        }
        context.Progress.Report($"{run.Scenarios.Count} scenarios in {path} (run started {run.StartedAt:yyyy-MM-dd HH:mm} UTC)");
        return run;
    }

    private void AddScenarioFigures(BenchContext context, AcceptanceRunTimes run, string how)
    {
        var seconds = run.Scenarios.Select(s => s.WallTime.TotalSeconds).ToList();
        context.Report.Add(new BenchFigure(Name, $"scenario wall time, median ({how})", Percentile.Median(seconds), "s", Target: BenchTarget.AtMost(ScenarioTarget.TotalSeconds)));
        context.Report.Add(new BenchFigure(Name, $"scenario wall time, max ({how})", seconds.Max(), "s"));
        context.Report.Add(new BenchFigure(Name, "scenarios measured", seconds.Count, "scenarios"));
        var slowest = run.Scenarios.MaxBy(s => s.WallTime)!;
        context.Progress.Report($"slowest: {slowest.Name} ({slowest.Uri}) {slowest.WallTime.TotalSeconds:0.0} s");
    }
}
