using System.Diagnostics;
using LiveData.Processes;

namespace LiveData.Bench.Pipeline;

/// <summary>CPU time used so far by child processes, to turn their throughput into a per-core rate.</summary>
public static class ProcessCpu
{
    public static TimeSpan Total(IEnumerable<ServiceProcess> processes) =>
        processes.Select(p => p.ProcessId).OfType<int>().Aggregate(TimeSpan.Zero, (sum, pid) => sum + Used(pid));

    private static TimeSpan Used(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return process.TotalProcessorTime;
        }
        catch (ArgumentException)
        {
            return TimeSpan.Zero; // exited: it is no longer working for the window being measured
        }
    }
}
