using LiveData.Geometry.Nexus;
using LiveData.Workflows.Unavailable;
using LiveData.Workflows.Wavelength;

namespace LiveData.Workflows.Spectroscopy;

/// <summary>
/// Where BIFROST's Q maps find the normalisation monitor's spectrum. Upstream reads a histogram from its static
/// simulated run; LiveData reads the <c>normalization_monitor</c> events of a recorded run, <see cref="FileName"/> in
/// the instrument's data directory, and gives each its wavelength from the lookup table at the monitor's distance.
/// </summary>
public static class NormalizationRun
{
    public const string FileName = "normalization.nxs";
    public const string Monitor = "normalization_monitor";

    /// <exception cref="WorkflowNotAvailableException">the run is missing, unreadable or has no events of the monitor.</exception>
    public static IncidentSpectrum Spectrum(IInstrumentFiles files, WavelengthLookupTable table)
    {
        var path = files.DataFilePath(FileName);
        if (!File.Exists(path))
        {
            throw new WorkflowNotAvailableException(
                $"the Q maps divide by the normalisation monitor's spectrum and there is no file {path}: put a NeXus file with the {Monitor}'s NXevent_data there "
                + $"(`livedata nexus run --instrument bifrost --sample elastic_line --output {path}` records a synthetic one)");
        }
        RecordedRun run;
        try
        {
            run = RecordedEventsReader.Read(path);
        }
        catch (Exception e) when (e is NexusStructureException or InvalidDataException or IOException or UnauthorizedAccessException or NotSupportedException or FormatException)
        {
            throw new WorkflowNotAvailableException($"the normalisation run {path} cannot be used: {e.Message}");
        }
        var events = run.Monitors.FirstOrDefault(m => m.Name == Monitor) is { EventCount: > 0 } found
            ? found
            : throw new WorkflowNotAvailableException($"the normalisation run {path} has no events of {Monitor}");
        var row = table.Row(FlightPaths.Monitor(files.Geometry, Monitor));
        var wavelengths = new List<double>(events.EventCount);
        for (var pulse = 0; pulse < events.PulseCount; pulse++)
        {
            foreach (var offset in events.Pulse(pulse).TimeOffsetNs.Span)
            {
                wavelengths.Add(table.Wavelength(row, offset));
            }
        }
        try
        {
            return IncidentSpectrum.FromWavelengths(wavelengths);
        }
        catch (ArgumentException e)
        {
            throw new WorkflowNotAvailableException($"the normalisation run {path} cannot be used: {e.Message}");
        }
    }
}
