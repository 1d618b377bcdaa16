using System.Runtime.InteropServices;

namespace LiveData.Workflows.Histogramming;

/// <summary>The one libc call the counts need: advice on how the kernel should back a range of memory.</summary>
internal static class LinuxMemory
{
    /// <summary>MADV_HUGEPAGE: back the range with transparent huge pages.</summary>
    public const int HugePageAdvice = 14;

    [DllImport("libc", EntryPoint = "madvise")]
    public static extern int Madvise(nint address, nuint length, int advice);
}
