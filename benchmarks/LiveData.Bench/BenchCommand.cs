using System.CommandLine;
using LiveData.Bench.Reporting;
using LiveData.Services.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace LiveData.Bench;

/// <summary>
/// <c>livedata-bench [SECTION...]</c>: measures kernels, pipeline, latency, suite speed and memory against
/// the issue's limits, each next to a reference measured in the same run; prints tables, writes JSON and plots.
/// </summary>
public static class BenchCommand
{
    public static RootCommand Create()
    {
        var names = BenchCatalog.All.Select(s => s.Name).ToArray();
        var sections = new Argument<string[]>("section")
        {
            Description = $"Sections to run (default: all but {string.Join(", ", BenchCatalog.OnlyWhenNamed)}): {string.Join(", ", names)}",
            Arity = ArgumentArity.ZeroOrMore,
        }.AcceptOnlyFromAmong(names);
        var quick = new Option<bool>("--quick") { Description = "Short runs (whole bench under two minutes) for smoke use in CI" };
        var json = new Option<FileInfo?>("--json") { Description = "Write every figure and the machine facts to this JSON file" };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Directory for plots and other artefacts",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("artifacts", "bench")),
        };
        var duration = new Option<double?>("--duration") { Description = "Seconds for long runs (the memory run defaults to 600)" };
        var count = new Option<long?>("--count") { Description = "Items for counting sections (fuzz: mutated messages per schema)" };
        var logLevel = new Option<LogLevel>("--log-level")
        {
            Description = "Minimum log level (Trace, Debug, Information, Warning, Error, Critical)",
            DefaultValueFactory = _ => LogLevel.Warning,
        };
        duration.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double?>() is <= 0)
            {
                r.AddError("--duration must be positive");
            }
        });
        count.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<long?>() is <= 0)
            {
                r.AddError("--count must be positive");
            }
        });
        var command = new RootCommand("Measure throughput, latency, suite speed and memory against the targets") { sections, quick, json, output, duration, count, logLevel };
        command.SetAction(async (result, ct) =>
        {
            var chosen = result.GetValue(sections) is { Length: > 0 } named
                ? BenchCatalog.All.Where(s => named.Contains(s.Name)).ToList()
                : BenchCatalog.Default;
            var options = new BenchOptions(
                result.GetValue(quick),
                result.GetValue(output)!.FullName,
                result.GetValue(json)?.FullName,
                result.GetValue(duration) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                result.GetValue(count));
            // The same log format as the services.
            using var loggerFactory = LoggerFactory.Create(builder => builder.AddLiveDataConsole(result.GetValue(logLevel)));
            // Piped output (CI logs, tee) would otherwise be laid out for 80 columns and wrap every figure name.
            if (Console.IsOutputRedirected)
            {
                AnsiConsole.Console.Profile.Width = 200;
            }
            var runner = new BenchRunner(options, loggerFactory, new SpectreBenchConsole(AnsiConsole.Console));
            return await runner.RunAsync(chosen, ct);
        });
        return command;
    }
}
