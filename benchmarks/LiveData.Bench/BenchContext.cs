using Microsoft.Extensions.Logging;

namespace LiveData.Bench;

/// <summary>What a section gets to run with: its options, the report it writes into, logging and progress.</summary>
public sealed class BenchContext(BenchOptions options, BenchReport report, ILoggerFactory loggerFactory, IProgress<string> progress)
{
    public BenchOptions Options { get; } = options;

    public BenchReport Report { get; } = report;

    public ILoggerFactory LoggerFactory { get; } = loggerFactory;

    /// <summary>Short human-readable progress lines ("rate 2.0e6 events/s: keeping up").</summary>
    public IProgress<string> Progress { get; } = progress;

    /// <summary>A path for an artefact (plot, log) inside the output directory, which is created on demand.</summary>
    public string ArtefactPath(string fileName)
    {
        Directory.CreateDirectory(Options.OutputDirectory);
        var path = Path.Combine(Options.OutputDirectory, fileName);
        Report.AddArtefact(path);
        return path;
    }
}
