using LiveData.Geometry;
using LiveData.Workflows.Unavailable;
using LiveData.Workflows.Wavelength;

namespace LiveData.Workflows;

/// <summary>For hosts and tests that give workflows no files: asking for one is an ERR.</summary>
public sealed class NoInstrumentFiles : IInstrumentFiles
{
    public static readonly NoInstrumentFiles Instance = new();

    private NoInstrumentFiles()
    {
    }

    public InstrumentGeometry Geometry => throw new WorkflowNotAvailableException("no instrument geometry is configured here");

    public WavelengthLookupTable LookupTable => throw new WorkflowNotAvailableException("no wavelength lookup table is configured here");
}
