using System.Globalization;
using System.Security.Cryptography;
using CliWrap;
using CliWrap.Buffered;

namespace LiveData.Bench.Kernels;

/// <summary>
/// The engine-class reference: <c>Reference/kernels.c</c> (embedded in the bench), the same histograms as plain C loops,
/// compiled with <c>gcc -O3 -march=native</c> into a temp directory named by the source's hash (compiled once per
/// machine and source) and run on the events file numpy reads. Without gcc the section fails: the issue requires it.
/// </summary>
internal sealed class CLoopReference
{
    public const string Label = "C loop (gcc -O3 -march=native)";
    private const string SourceResource = "LiveData.Bench.Kernels.Reference.kernels.c";

    private CLoopReference(string executable) => Executable = executable;

    /// <summary>The compiled reference.</summary>
    public string Executable { get; }

    /// <param name="compiler">The compiler's name, looked up on PATH.</param>
    /// <exception cref="InvalidOperationException">The compiler is missing or the source does not compile.</exception>
    public static async Task<CLoopReference> CompileAsync(string compiler, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var compilerPath = OnPath(compiler) ?? throw new InvalidOperationException(
            $"{compiler} is missing: the kernels section needs it to build the C-loop reference that issue 17 requires (apt-get install gcc libc6-dev)");
        var source = Source();
        var directory = Path.Combine(Path.GetTempPath(), $"livedata-c-loop-{Convert.ToHexStringLower(SHA256.HashData(source))[..16]}");
        var executable = Path.Combine(directory, "kernels");
        if (File.Exists(executable))
        {
            return new CLoopReference(executable);
        }
        Directory.CreateDirectory(directory);
        // Under names of its own first: a half-written executable must not pass for a cached one, and concurrent
        // compiles (tests) must not write each other's files.
        var building = Path.Combine(directory, $"kernels-{Guid.NewGuid():N}");
        var sourceFile = building + ".c";
        await File.WriteAllBytesAsync(sourceFile, source, cancellationToken);
        progress.Report($"compiling the C-loop reference: {compilerPath} -O3 -march=native {sourceFile}");
        var result = await Cli.Wrap(compilerPath).WithArguments(["-O3", "-march=native", "-pthread", "-o", building, sourceFile])
            .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{compiler} failed to compile the C-loop reference (exit code {result.ExitCode}): {result.StandardError.Trim()}");
        }
        File.Move(sourceFile, Path.Combine(directory, "kernels.c"), overwrite: true);
        File.Move(building, executable, overwrite: true);
        return new CLoopReference(executable);
    }

    /// <returns>The C loop's best rate in events/s and how many events it counted.</returns>
    public async Task<(double Rate, long Counted)> MeasureAsync(string eventsFile, NumpyCall call, EventSet events, int threads, int repeats, CancellationToken cancellationToken)
    {
        string[] arguments =
        [
            eventsFile, call.Kind,
            .. new[] { call.Bins, events.FirstPixelId, events.PixelCount, events.TimeOfArrivalStopNs, repeats, threads }.Select(v => v.ToString(CultureInfo.InvariantCulture)),
        ];
        var result = await Cli.Wrap(Executable).WithArguments(arguments).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(cancellationToken);
        var fields = result.StandardOutput.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (result.ExitCode != 0 || fields.Length != 2)
        {
            throw new InvalidOperationException($"C-loop reference ({call.Kind}, {threads} thread(s)) failed with exit code {result.ExitCode}: {result.StandardError.Trim()}");
        }
        return (double.Parse(fields[0], CultureInfo.InvariantCulture), long.Parse(fields[1], CultureInfo.InvariantCulture));
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    private static byte[] Source()
    {
        using var stream = typeof(CLoopReference).Assembly.GetManifestResourceStream(SourceResource)
            ?? throw new InvalidOperationException($"the bench was built without its C-loop source ({SourceResource})");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
