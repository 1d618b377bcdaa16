namespace LiveData.Geometry.Nexus;

/// <summary>A component without pixels as it is written (monitor, sample, source), with its chain and, for a
/// monitor of a recorded run, its events.</summary>
public sealed record ComponentContent(string Name, IReadOnlyList<TransformationStep> Chain, EventDataContent? Events = null);

/// <summary>
/// An NXdetector as it is written: detector_number (flat, C order) with its <paramref name="Shape"/>, each pixel's
/// offset in metres in the detector's frame (null: zero for every pixel, left out of the file), the chain that places
/// the frame and, for a recorded run, its events.
/// </summary>
public sealed record DetectorContent(
    string Name,
    int[] Shape,
    int[] DetectorNumbers,
    double[]? XPixelOffset,
    double[]? YPixelOffset,
    double[]? ZPixelOffset,
    IReadOnlyList<TransformationStep> Chain,
    EventDataContent? Events = null)
{
    public int PixelCount => DetectorNumbers.Length;
}

/// <summary>Everything a NeXus geometry (or recorded run) file holds: the NXinstrument's detectors, monitors and
/// source, and the entry's sample.</summary>
public sealed record InstrumentContent(
    string InstrumentName,
    IReadOnlyList<DetectorContent> Detectors,
    IReadOnlyList<ComponentContent> Monitors,
    ComponentContent Sample,
    ComponentContent Source);
