using System.Runtime.InteropServices;

namespace LiveData.Processes;

/// <summary>Sends POSIX signals to child processes (.NET's Process API can only kill).</summary>
public static partial class PosixSignal
{
    public const int Terminate = 15;
    public const int Kill = 9;
    public const int Stop = 19;
    public const int Continue = 18;

    public static void Send(int processId, int signal)
    {
        if (SendSignal(processId, signal) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            // ESRCH: the process is already gone, which is what a stop wants anyway.
            if (errno != 3)
            {
                throw new InvalidOperationException($"kill({processId}, {signal}) failed with errno {errno}");
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int sig);
}
