using System.Globalization;
using System.Runtime.InteropServices;
using CliWrap;
using CliWrap.Buffered;

namespace LiveData.Bench.Kernels;

/// <summary>
/// Times numpy on the same events, with Debian's <c>/usr/bin/python3</c> (the <c>python3</c> on PATH may be
/// another interpreter without numpy). Installs Debian's <c>python3-numpy</c> when numpy is missing.
/// </summary>
internal sealed class NumpyReference(IProgress<string> progress)
{
    private const string Python = "/usr/bin/python3";

    public async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Python))
        {
            throw new InvalidOperationException($"{Python} is missing: the numpy reference needs Debian's python3 (apt-get install python3-numpy)");
        }
        if (await HasNumpyAsync(cancellationToken))
        {
            return;
        }
        progress.Report("numpy is missing: apt-get update, apt-get install -y python3-numpy");
        // A fresh machine has no package lists, so install alone cannot locate the package.
        var update = await AptGetAsync(["update", "-qq"], cancellationToken);
        var install = update.ExitCode == 0 ? await AptGetAsync(["install", "-y", "python3-numpy"], cancellationToken) : update;
        if (install.ExitCode != 0 || !await HasNumpyAsync(cancellationToken))
        {
            throw new InvalidOperationException(
                $"could not install python3-numpy (apt-get exit code {install.ExitCode}; it needs root and a reachable Debian mirror): {Last(install.StandardError)}");
        }
    }

    /// <returns>numpy's best rate in events/s and how many events it counted.</returns>
    public async Task<(double Rate, long Counted)> MeasureAsync(string eventsFile, NumpyCall call, EventSet events, int repeats, CancellationToken cancellationToken)
    {
        string[] arguments =
        [
            "-c", NumpyScript.Source, eventsFile, call.Kind,
            .. new[] { call.Bins, events.FirstPixelId, events.PixelCount, events.TimeOfArrivalStopNs, repeats }.Select(v => v.ToString(CultureInfo.InvariantCulture)),
        ];
        var result = await Cli.Wrap(Python).WithArguments(arguments).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(cancellationToken);
        var fields = result.StandardOutput.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (result.ExitCode != 0 || fields.Length != 2)
        {
            throw new InvalidOperationException($"numpy reference ({call.Kind}) failed with exit code {result.ExitCode}: {Last(result.StandardError)}");
        }
        return (double.Parse(fields[0], CultureInfo.InvariantCulture), long.Parse(fields[1], CultureInfo.InvariantCulture));
    }

    /// <summary>Times <see cref="ReductionNumpyScript"/> on the files in <paramref name="directory"/>.</summary>
    /// <returns>numpy's best rate in events/s and the histogram it made.</returns>
    public async Task<(double Rate, double[] Histogram)> MeasureReductionAsync(string directory, string kind, int repeats, CancellationToken cancellationToken)
    {
        var result = await Cli.Wrap(Python).WithArguments(["-c", ReductionNumpyScript.Source, directory, kind, repeats.ToString(CultureInfo.InvariantCulture)])
            .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(cancellationToken);
        var histogram = Path.Combine(directory, ReductionNumpyScript.HistogramFile);
        if (result.ExitCode != 0 || !double.TryParse(result.StandardOutput.Trim(), CultureInfo.InvariantCulture, out var rate) || !File.Exists(histogram))
        {
            throw new InvalidOperationException($"numpy reference ({kind}) failed with exit code {result.ExitCode}: {Last(result.StandardError)}");
        }
        return (rate, MemoryMarshal.Cast<byte, double>(await File.ReadAllBytesAsync(histogram, cancellationToken)).ToArray());
    }

    private static async Task<bool> HasNumpyAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Python))
        {
            return false;
        }
        var probe = await Cli.Wrap(Python).WithArguments(["-c", "import numpy"]).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(cancellationToken);
        return probe.ExitCode == 0;
    }

    private static Task<BufferedCommandResult> AptGetAsync(string[] arguments, CancellationToken cancellationToken) =>
        Cli.Wrap("apt-get").WithArguments(arguments)
            .WithEnvironmentVariables(e => e.Set("DEBIAN_FRONTEND", "noninteractive"))
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(cancellationToken);

    private static string Last(string text) => text.Length <= 500 ? text.Trim() : text[^500..].Trim();
}
