using System.Diagnostics;
using System.Reflection;
using LiveData.Workflows.Histogramming;

namespace LiveData.Bench.Kernels;

/// <summary>Whether the kernels run unoptimised (a Debug build), which makes their figures meaningless.</summary>
internal static class BuildConfiguration
{
    public static bool KernelsAreDebug =>
        typeof(TimeOfArrivalBinner).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true;
}
