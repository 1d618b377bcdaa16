using LiveData.Geometry;
using LiveData.Workflows.Wavelength;

namespace LiveData.Workflows;

/// <summary>
/// The files of an instrument that some workflows need beyond their parameters, loaded on first use. A missing or
/// unreadable file throws <see cref="Unavailable.WorkflowNotAvailableException"/> saying how to provide it, so the
/// job that needed it gets an ERR and the service carries on.
/// </summary>
public interface IInstrumentFiles
{
    /// <summary>Where every pixel, monitor, the sample and the source are (a NeXus file).</summary>
    InstrumentGeometry Geometry { get; }

    /// <summary>Wavelength per flight distance and event_time_offset (upstream's lookup table file), for wavelength mode.</summary>
    WavelengthLookupTable LookupTable { get; }

    /// <summary>
    /// Where another file of the instrument named <paramref name="fileName"/> is expected (e.g. a vanadium run):
    /// <c>$LIVEDATA_DATA_DIR/&lt;instrument&gt;/&lt;fileName&gt;</c>. The caller checks that it exists.
    /// </summary>
    /// <exception cref="Unavailable.WorkflowNotAvailableException">no data directory is configured here.</exception>
    string DataFilePath(string fileName) =>
        throw new Unavailable.WorkflowNotAvailableException($"no instrument data directory is configured here for {fileName}");
}
