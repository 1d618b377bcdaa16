using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using CliWrap;
using CliWrap.Buffered;
using LiveData.Bench.Reporting;

namespace LiveData.Bench.Kernels;

/// <summary>
/// The engine-class reference: <c>Reference/histograms.c</c> and <c>Reference/reductions.c</c> (embedded in the bench),
/// the same histograms and reductions as plain C loops, compiled with <c>gcc -O3 -march=native</c> into a temp
/// directory named by the sources' hash (compiled once per machine and source) and run on the files numpy reads.
/// Without gcc the section fails: the issue requires this reference.
/// </summary>
internal sealed class CLoopReference
{
    public const string Label = "C loop (gcc -O3 -march=native)";
    public const string HistogramFile = "c_histogram.f64";
    private static readonly string[] Programs = ["histograms", "reductions"];

    private readonly string _directory;

    private CLoopReference(string directory) => _directory = directory;

    /// <summary>
    /// A case's figure against the C loop, with issue 17's target for the engine-class reference: at least as fast as
    /// the plain loop.
    /// </summary>
    public static BenchFigure Figure(string section, string caseName, double rate, double cLoopRate) =>
        new(section, $"{caseName}: {Label}", rate, "events/s", new BenchReference(Label, cLoopRate), BenchTarget.RatioAtLeast(1.0));

    /// <param name="compiler">The compiler's name, looked up on PATH.</param>
    /// <exception cref="InvalidOperationException">The compiler is missing or the source does not compile.</exception>
    public static async Task<CLoopReference> CompileAsync(string compiler, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var compilerPath = OnPath(compiler) ?? throw new InvalidOperationException(
            $"{compiler} is missing: the kernels section needs it to build the C-loop reference that issue 17 requires (apt-get install gcc libc6-dev)");
        var sources = Programs.ToDictionary(program => program, Source);
        var directory = Path.Combine(Path.GetTempPath(), $"livedata-c-loop-{Convert.ToHexStringLower(SHA256.HashData([.. sources.Values.SelectMany(b => b)]))[..16]}");
        Directory.CreateDirectory(directory);
        foreach (var (program, source) in sources)
        {
            await CompileAsync(compilerPath, Path.Combine(directory, program), source, progress, cancellationToken);
        }
        return new CLoopReference(directory);
    }

    private static async Task CompileAsync(string compilerPath, string executable, byte[] source, IProgress<string> progress, CancellationToken cancellationToken)
    {
        if (File.Exists(executable))
        {
            return;
        }
        // Under names of its own first: a half-written executable must not pass for a cached one, and concurrent
        // compiles (tests) must not write each other's files.
        var building = $"{executable}-{Guid.NewGuid():N}";
        var sourceFile = building + ".c";
        await File.WriteAllBytesAsync(sourceFile, source, cancellationToken);
        progress.Report($"compiling the C-loop reference: {compilerPath} -O3 -march=native {sourceFile}");
        var result = await Cli.Wrap(compilerPath).WithArguments(["-O3", "-march=native", "-pthread", "-o", building, sourceFile, "-lm"])
            .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{compilerPath} failed to compile the C-loop reference (exit code {result.ExitCode}): {result.StandardError.Trim()}");
        }
        File.Move(sourceFile, executable + ".c", overwrite: true);
        File.Move(building, executable, overwrite: true);
    }

    /// <returns>The C loop's best rate in events/s and how many events it counted.</returns>
    public async Task<(double Rate, long Counted)> MeasureHistogramAsync(string eventsFile, NumpyCall call, EventSet events, int threads, int repeats, CancellationToken cancellationToken)
    {
        string[] arguments =
        [
            eventsFile, call.Kind,
            .. new[] { call.Bins, events.FirstPixelId, events.PixelCount, events.TimeOfArrivalStopNs, repeats, threads }.Select(v => v.ToString(CultureInfo.InvariantCulture)),
        ];
        var result = await Cli.Wrap(Path.Combine(_directory, "histograms")).WithArguments(arguments).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(cancellationToken);
        var fields = result.StandardOutput.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (result.ExitCode != 0 || fields.Length != 2)
        {
            throw new InvalidOperationException($"C-loop reference ({call.Kind}, {threads} thread(s)) failed with exit code {result.ExitCode}: {result.StandardError.Trim()}");
        }
        return (double.Parse(fields[0], CultureInfo.InvariantCulture), long.Parse(fields[1], CultureInfo.InvariantCulture));
    }

    /// <summary>Runs the reduction's loop on the files in <paramref name="directory"/> (events.bin and <see cref="ReductionArrays"/>).</summary>
    /// <returns>The C loop's best rate in events/s and the histogram it made.</returns>
    public async Task<(double Rate, double[] Histogram)> MeasureReductionAsync(string directory, string kind, int repeats, CancellationToken cancellationToken)
    {
        var result = await Cli.Wrap(Path.Combine(_directory, "reductions")).WithArguments([directory, kind, repeats.ToString(CultureInfo.InvariantCulture)])
            .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(cancellationToken);
        var histogram = Path.Combine(directory, HistogramFile);
        if (result.ExitCode != 0 || !double.TryParse(result.StandardOutput.Trim(), CultureInfo.InvariantCulture, out var rate) || !File.Exists(histogram))
        {
            throw new InvalidOperationException($"C-loop reference ({kind}) failed with exit code {result.ExitCode}: {result.StandardError.Trim()}");
        }
        return (rate, MemoryMarshal.Cast<byte, double>(await File.ReadAllBytesAsync(histogram, cancellationToken)).ToArray());
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    private static byte[] Source(string program)
    {
        var resource = $"LiveData.Bench.Kernels.Reference.{program}.c";
        using var stream = typeof(CLoopReference).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the bench was built without its C-loop source ({resource})");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
