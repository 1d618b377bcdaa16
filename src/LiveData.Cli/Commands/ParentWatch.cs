using System.Runtime.InteropServices;
using LiveData.Processes;

namespace LiveData.Cli.Commands;

/// <summary>
/// When a test harness starts <c>livedata</c> with <see cref="ServiceProcess.ParentPidVariable"/> (<c>LIVEDATA_PARENT_PID</c>), the process stops itself
/// (SIGTERM, so shutdown stays graceful) once that parent is gone — even if the harness crashed before
/// it could stop its children. No LiveData process outlives the run that started it.
/// </summary>
public static partial class ParentWatch
{
    private const int SigTerm = 15;
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    public static void StartIfRequested()
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable(ServiceProcess.ParentPidVariable), out var parent) || parent <= 0)
        {
            return;
        }
        var thread = new Thread(() =>
        {
            // kill(pid, 0) probes for existence without sending anything.
            while (Kill(parent, 0) == 0)
            {
                Thread.Sleep(Poll);
            }
            Kill(Environment.ProcessId, SigTerm);
        }) { IsBackground = true, Name = "parent-watch" };
        thread.Start();
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);
}
