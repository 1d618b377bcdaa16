using System.Numerics;
using System.Runtime.InteropServices;

namespace LiveData.Workflows.Histogramming;

/// <summary>
/// Zeroed counts in native memory aligned to 2 MiB and, on Linux, advised to use transparent huge pages.
/// A detector view of 1.2e7 pixels scatters over tens of MB: with 4 KiB pages nearly every event also misses
/// the TLB, with 2 MiB pages the whole array is a few dozen TLB entries.
/// </summary>
public sealed unsafe class HugePageCounts<T> : IDisposable
    where T : unmanaged, INumber<T>
{
    private const nuint HugePage = 2 << 20;
    private readonly nuint _bytes;
    private T* _counts;

    public HugePageCounts(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Length = length;
        _bytes = ((nuint)length * (nuint)sizeof(T) + HugePage - 1) / HugePage * HugePage;
        _counts = (T*)NativeMemory.AlignedAlloc(Math.Max(_bytes, HugePage), HugePage);
        if (OperatingSystem.IsLinux())
        {
            // Advice only: without huge pages the counts still work, just with more TLB misses.
            _ = LinuxMemory.Madvise((nint)_counts, _bytes, LinuxMemory.HugePageAdvice);
        }
        Span.Clear();
    }

    public int Length { get; }

    public Span<T> Span
    {
        get
        {
            ObjectDisposedException.ThrowIf(_counts is null, this);
            return new Span<T>(_counts, Length);
        }
    }

    public void Dispose()
    {
        if (_counts is not null)
        {
            NativeMemory.AlignedFree(_counts);
            _counts = null;
        }
    }
}
