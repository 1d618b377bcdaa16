using System.Numerics;
using System.Runtime.InteropServices;

namespace LiveData.Workflows.Histogramming;

/// <summary>
/// Zeroed counts in native memory aligned to 2 MiB and, on Linux, advised to use transparent huge pages.
/// A detector view of 1.2e7 pixels scatters over tens of MB: with 4 KiB pages nearly every event also misses
/// the TLB, with 2 MiB pages the whole array is a few dozen TLB entries. Counts smaller than one huge page are
/// plain native memory. A finalizer frees counts nobody disposed (a workflow dropped with its job), and the GC is
/// told their size so that it collects such owners in time.
/// </summary>
public sealed unsafe class HugePageCounts<T> : IDisposable
    where T : unmanaged, INumber<T>
{
    private const nuint HugePage = 2 << 20;
    private const nuint CacheLine = 64;
    private readonly nuint _bytes;
    private T* _counts;

    public HugePageCounts(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Length = length;
        var bytes = Math.Max((nuint)length * (nuint)sizeof(T), 1);
        if (bytes < HugePage)
        {
            _bytes = bytes;
            _counts = (T*)NativeMemory.AlignedAlloc(_bytes, CacheLine);
        }
        else
        {
            _bytes = (bytes + HugePage - 1) / HugePage * HugePage;
            _counts = (T*)NativeMemory.AlignedAlloc(_bytes, HugePage);
            if (OperatingSystem.IsLinux())
            {
                // Advice only: without huge pages the counts still work, just with more TLB misses.
                _ = LinuxMemory.Madvise((nint)_counts, _bytes, LinuxMemory.HugePageAdvice);
            }
        }
        NativeCountsMemory.Held((long)_bytes);
        Span.Clear();
    }

    ~HugePageCounts() => Free();

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
        Free();
        GC.SuppressFinalize(this);
    }

    private void Free()
    {
        if (_counts is not null)
        {
            NativeMemory.AlignedFree(_counts);
            NativeCountsMemory.Held(-(long)_bytes);
            _counts = null;
        }
    }
}
