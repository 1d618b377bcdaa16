namespace LiveData.Services.Backend;

/// <summary>
/// What sets one backend service apart from the others; they all run the same loop. Its workflows come
/// from the instrument (the specs whose service is <see cref="Name"/>) and decide the raw streams it reads.
/// </summary>
/// <param name="ConsumesRois">Whether it reads the ROI topic (detector views).</param>
/// <param name="Batching">How it batches data: by 1 s data-time windows, or releasing everything at once.</param>
public sealed record BackendServiceDefinition(string Name, bool ConsumesRois, BatchingMode Batching);

public enum BatchingMode
{
    DataTimeWindows,
    Immediate,
}
