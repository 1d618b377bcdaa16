namespace LiveData.Workflows.Histogramming;

/// <summary>
/// The native memory held by all <see cref="HugePageCounts{T}"/> of this process: the GC's own figures leave it out,
/// so this is where a large view's footprint shows.
/// </summary>
public static class NativeCountsMemory
{
    private static long _bytesHeld;

    public static long BytesHeld => Interlocked.Read(ref _bytesHeld);

    internal static void Held(long bytes)
    {
        Interlocked.Add(ref _bytesHeld, bytes);
        if (bytes > 0)
        {
            GC.AddMemoryPressure(bytes);
        }
        else
        {
            GC.RemoveMemoryPressure(-bytes);
        }
    }
}
