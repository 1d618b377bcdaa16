using LiveData.Services.Backend;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// The scenario's own data directory (<c>LIVEDATA_DATA_DIR</c> of every service it starts): the instrument files a
/// scenario writes — geometry, lookup tables, recorded runs — are found where an operator would put them, and files
/// in the user's own data directory never reach a test. Removed when the scenario ends.
/// Deterministic files come from the run's <see cref="GeneratedFiles"/>, each written once by the CLI.
/// </summary>
public sealed class InstrumentFilesDriver(ScenarioInstrument instrument, GeneratedFiles generated) : IDisposable
{
    private DirectoryInfo? _directory;

    public string DataDirectory => (_directory ??= Directory.CreateTempSubdirectory("livedata-scenario-")).FullName;

    /// <summary>The variables every service process of the scenario runs with.</summary>
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?> { [InstrumentFiles.DataDirectoryVariable] = DataDirectory };

    /// <summary>Where the services look for the instrument's geometry by default.</summary>
    public string GeometryPath => Path.Combine(DataDirectory, instrument.Name, InstrumentFiles.GeometryFileName);

    /// <summary>A recorded run written for the scenario, replayed by the fakes with <c>--nexus-file</c>.</summary>
    public string RecordedRunPath => Path.Combine(DataDirectory, "recorded-run.nxs");

    /// <summary>Installs a NeXus geometry of the instrument where the services look for it, written by <c>livedata nexus geometry</c>.</summary>
    public Task InstallGeometryAsync(CancellationToken ct) =>
        GenerateAsync(["nexus", "geometry", "--instrument", instrument.Name], GeometryPath, ct);

    /// <summary>Installs a wavelength lookup table for the installed geometry where the services look for it, written by <c>livedata lookup-table</c>.</summary>
    public Task InstallLookupTableAsync(CancellationToken ct)
    {
        string[] arguments = ["lookup-table", "--instrument", instrument.Name];
        var target = Path.Combine(DataDirectory, instrument.Name, InstrumentFiles.LookupTableFileName);
        // The table is computed from the installed geometry, which is always the synthetic one; without one the
        // command itself must say so.
        return File.Exists(GeometryPath) ? GenerateAsync(arguments, target, ct) : LiveDataCli.RunAsync(arguments, Environment, ct);
    }

    /// <summary>Writes a recorded run of <paramref name="pulses"/> pulses with <c>livedata nexus run</c>.</summary>
    /// <param name="sample">A known-answer sample (<c>--sample</c>), or null for random events.</param>
    public Task WriteRecordedRunAsync(int pulses, string? sample, CancellationToken ct) =>
        GenerateAsync(["nexus", "run", "--instrument", instrument.Name, "--pulses", Text(pulses), "--seed", "1", .. sample is null ? Array.Empty<string>() : ["--sample", sample]],
            RecordedRunPath, ct);

    /// <summary>Installs a run of a known-answer sample as the instrument's data file <paramref name="fileName"/> (e.g. the vanadium run a powder reduction divides by).</summary>
    public Task InstallSampleRunAsync(string sample, int pulses, string fileName, CancellationToken ct) =>
        GenerateAsync(["nexus", "run", "--instrument", instrument.Name, "--pulses", Text(pulses), "--seed", "2", "--sample", sample],
            Path.Combine(DataDirectory, instrument.Name, fileName), ct);

    public void Dispose() => _directory?.Delete(recursive: true);

    // The command's output is named by the cache; the file is the same whatever its name.
    private Task GenerateAsync(string[] arguments, string target, CancellationToken ct) =>
        generated.CopyAsync(string.Join(' ', arguments), target, (path, token) => LiveDataCli.RunAsync([.. arguments, "--output", path], Environment, token), ct);

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
