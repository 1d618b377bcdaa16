using System.Globalization;

namespace LiveData.Processes;

/// <summary>
/// The LiveData processes a harness started that are still running: every process whose environment carries
/// <see cref="ServiceProcess.ParentPidVariable"/> set to the harness's id (what <see cref="ServiceProcess"/> gives each
/// child), found through /proc. Empty where /proc does not exist.
/// </summary>
public static class LeftoverProcesses
{
    private const string Proc = "/proc";

    /// <summary>Process ids and command lines of the still-running children of <paramref name="parentId"/> (default: this process).</summary>
    public static IReadOnlyList<LeftoverProcess> Of(int? parentId = null)
    {
        if (!Directory.Exists(Proc))
        {
            return [];
        }
        var marker = $"{ServiceProcess.ParentPidVariable}={(parentId ?? Environment.ProcessId).ToString(CultureInfo.InvariantCulture)}";
        var found = new List<LeftoverProcess>();
        foreach (var directory in Directory.EnumerateDirectories(Proc))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && ReadNulSeparated(Path.Combine(directory, "environ")) is { } environment
                && environment.Contains(marker, StringComparer.Ordinal)
                && !IsZombie(directory))
            {
                found.Add(new LeftoverProcess(id, string.Join(' ', ReadNulSeparated(Path.Combine(directory, "cmdline")) ?? [])));
            }
        }
        return found;
    }

    /// <summary>Kills every leftover child (SIGKILL: they already outlived their stop) and returns what was killed.</summary>
    public static IReadOnlyList<LeftoverProcess> KillAll(int? parentId = null)
    {
        var leftovers = Of(parentId);
        foreach (var leftover in leftovers)
        {
            PosixSignal.Send(leftover.ProcessId, PosixSignal.Kill);
        }
        return leftovers;
    }

    // Other users' processes and processes that exit while we look are simply not ours to report.
    private static string[]? ReadNulSeparated(string path)
    {
        try
        {
            return File.ReadAllText(path).Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // An exited child that is not yet reaped still lists its environment but runs nothing.
    private static bool IsZombie(string directory)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(directory, "stat"));
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }
}

/// <summary>A LiveData child process that is still running.</summary>
public sealed record LeftoverProcess(int ProcessId, string CommandLine)
{
    public override string ToString() => $"pid {ProcessId}: {CommandLine}";
}
