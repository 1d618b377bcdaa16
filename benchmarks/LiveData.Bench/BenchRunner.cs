using LiveData.Bench.Reporting;
using Microsoft.Extensions.Logging;

namespace LiveData.Bench;

/// <summary>Runs the chosen sections one after the other, then prints and writes the report.</summary>
public sealed class BenchRunner(BenchOptions options, ILoggerFactory loggerFactory, IBenchConsole console)
{
    /// <returns>0 when every section measured, 1 when one could not (the report says why).</returns>
    public async Task<int> RunAsync(IReadOnlyList<IBenchSection> sections, CancellationToken cancellationToken)
    {
        var report = new BenchReport(Machine.MachineFacts.Read(), options.Quick);
        console.Machine(report.Machine);
        foreach (var section in sections)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var progress = new Progress<string>(line => console.Progress(section.Name, line));
            var context = new BenchContext(options, report, loggerFactory, progress);
            console.SectionStarted(section);
            try
            {
                await section.RunAsync(context, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                report.AddFailure(section.Name, e.Message);
                loggerFactory.CreateLogger<BenchRunner>().LogError(e, "Bench section {Section} failed", section.Name);
            }
            console.Figures(section.Name, report.Figures.Where(f => f.Section == section.Name).ToList());
        }
        if (options.JsonPath is { } jsonPath)
        {
            await BenchJson.WriteAsync(report, jsonPath, cancellationToken);
            console.Written(jsonPath);
        }
        console.Summary(report);
        return report.Failures.Count == 0 ? 0 : 1;
    }
}
