using LiveData.Geometry;
using LiveData.Workflows;
using LiveData.Workflows.Unavailable;
using LiveData.Workflows.Wavelength;

namespace LiveData.Tests.Workflows.Projection;

/// <summary>Detectors placed by hand: pixel positions as offsets in an unmoved frame, so they are the positions.</summary>
internal static class TestGeometry
{
    public static DetectorGeometry Bank(string name, long[] detectorNumbers, params Vector3d[] positions) =>
        new(name, $"/entry/instrument/{name}", detectorNumbers, [detectorNumbers.Length], positions, TransformationChain.Empty);

    /// <summary>Pixels numbered <paramref name="first"/>, <paramref name="first"/> + 1, … at <paramref name="positions"/>.</summary>
    public static DetectorGeometry Bank(string name, long first, params Vector3d[] positions) =>
        Bank(name, [.. Enumerable.Range(0, positions.Length).Select(i => first + i)], positions);

    public static IInstrumentFiles Files(params DetectorGeometry[] detectors) =>
        new GivenFiles(new InstrumentGeometry(detectors, [], new ComponentGeometry("sample", "/entry/sample", TransformationChain.Empty), null));

    private sealed class GivenFiles(InstrumentGeometry geometry) : IInstrumentFiles
    {
        public InstrumentGeometry Geometry => geometry;

        public WavelengthLookupTable LookupTable => throw new WorkflowNotAvailableException("no lookup table here");
    }
}
