using LiveData.Geometry;
using LiveData.Geometry.Nexus;
using LiveData.Workflows;
using LiveData.Workflows.Unavailable;
using LiveData.Workflows.Wavelength;

namespace LiveData.Services.Backend;

/// <summary>
/// An instrument's files as a backend service finds them: the geometry given with <c>--geometry FILE</c> and the
/// wavelength lookup table given with <c>--lookup-table FILE</c>, or else <c>geometry.nxs</c> and
/// <c>wavelength_lookup_table.h5</c> in the instrument's folder of the data directory (<see cref="DataDirectory"/>).
/// Read on first use and kept; a missing file is not remembered, so a file put in place later is found by the next job.
/// </summary>
public sealed class InstrumentFiles(string instrument, string? geometryFile, string? lookupTableFile = null) : IInstrumentFiles
{
    public const string DataDirectoryVariable = "LIVEDATA_DATA_DIR";
    public const string GeometryFileName = "geometry.nxs";
    public const string LookupTableFileName = "wavelength_lookup_table.h5";
    private readonly Lock _lock = new();
    private InstrumentGeometry? _geometry;
    private WavelengthLookupTable? _lookupTable;

    /// <summary><c>$LIVEDATA_DATA_DIR</c>, or <c>~/.local/share/livedata</c> (the platform's local application data).</summary>
    public static string DataDirectory =>
        Environment.GetEnvironmentVariable(DataDirectoryVariable) is { Length: > 0 } directory
            ? directory
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "livedata");

    public static string DefaultGeometryPath(string instrument) => Path.Combine(DataDirectory, instrument, GeometryFileName);

    public static string DefaultLookupTablePath(string instrument) => Path.Combine(DataDirectory, instrument, LookupTableFileName);

    public string GeometryPath => geometryFile ?? DefaultGeometryPath(instrument);

    public string LookupTablePath => lookupTableFile ?? DefaultLookupTablePath(instrument);

    public string DataFilePath(string fileName) => Path.Combine(DataDirectory, instrument, fileName);

    public InstrumentGeometry Geometry
    {
        get
        {
            lock (_lock)
            {
                return _geometry ??= ReadGeometry();
            }
        }
    }

    public WavelengthLookupTable LookupTable
    {
        get
        {
            lock (_lock)
            {
                return _lookupTable ??= ReadLookupTable();
            }
        }
    }

    /// <summary>Reads the geometry now, so a bad <c>--geometry</c> stops the service at start rather than at the first job.</summary>
    /// <exception cref="WorkflowNotAvailableException">The file is missing or not a readable NeXus geometry.</exception>
    public void Preload() => _ = Geometry;

    /// <summary>Reads the lookup table now, so a bad <c>--lookup-table</c> stops the service at start.</summary>
    /// <exception cref="WorkflowNotAvailableException">The file is missing or not a lookup table in upstream's format.</exception>
    public void PreloadLookupTable() => _ = LookupTable;

    private WavelengthLookupTable ReadLookupTable()
    {
        var path = LookupTablePath;
        return Read(path, WavelengthLookupTableFile.Read, "wavelength lookup table",
            $"wavelength mode needs the wavelength lookup table of {instrument} and there is no file {path}: start the service with --lookup-table FILE, "
            + $"or put the table there (`livedata lookup-table --instrument {instrument} --output {path}` writes one for an ideal source)");
    }

    private InstrumentGeometry ReadGeometry()
    {
        var path = GeometryPath;
        return Read(path, NexusGeometryReader.Read, "geometry file",
            $"the geometry of {instrument} is needed and there is no file {path}: start the service with --geometry FILE, "
            + $"or put the instrument's NeXus geometry file there (`livedata nexus geometry --instrument {instrument} --output {path}` writes a synthetic one)");
    }

    private static T Read<T>(string path, Func<string, T> read, string what, string whenMissing)
    {
        if (!File.Exists(path))
        {
            throw new WorkflowNotAvailableException(whenMissing);
        }
        try
        {
            return read(path);
        }
        catch (Exception e) when (e is NexusStructureException or InvalidDataException or IOException or UnauthorizedAccessException or NotSupportedException or FormatException)
        {
            throw new WorkflowNotAvailableException($"the {what} {path} cannot be used: {e.Message}");
        }
    }
}
