using LiveData.Services.Backend;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// The scenario's own data directory (<c>LIVEDATA_DATA_DIR</c> of every service it starts): the instrument files a
/// scenario writes — geometry, lookup tables, recorded runs — are found where an operator would put them, and files
/// in the user's own data directory never reach a test. Removed when the scenario ends.
/// </summary>
public sealed class InstrumentFilesDriver(ScenarioInstrument instrument) : IDisposable
{
    private DirectoryInfo? _directory;

    public string DataDirectory => (_directory ??= Directory.CreateTempSubdirectory("livedata-scenario-")).FullName;

    /// <summary>The variables every service process of the scenario runs with.</summary>
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?> { [InstrumentFiles.DataDirectoryVariable] = DataDirectory };

    /// <summary>Where the services look for the instrument's geometry by default.</summary>
    public string GeometryPath => Path.Combine(DataDirectory, instrument.Name, InstrumentFiles.GeometryFileName);

    public void Dispose() => _directory?.Delete(recursive: true);
}
