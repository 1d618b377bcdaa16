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
}
