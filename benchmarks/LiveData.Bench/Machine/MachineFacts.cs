using System.Runtime.InteropServices;

namespace LiveData.Bench.Machine;

/// <summary>The machine a bench ran on, so every figure can be read in context.</summary>
public sealed record MachineFacts(string CpuModel, int LogicalCores, string Caches, long MemoryBytes, string OperatingSystem, string Runtime, string HostName)
{
    public static MachineFacts Read()
    {
        var cpuInfo = ReadLines("/proc/cpuinfo");
        var model = cpuInfo.FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memKb = ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))?
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return new MachineFacts(
            model,
            Environment.ProcessorCount,
            CacheSizes(),
            memKb is null ? 0 : long.Parse(memKb, System.Globalization.CultureInfo.InvariantCulture) * 1024,
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
            Environment.MachineName);
    }

    private static string CacheSizes()
    {
        const string root = "/sys/devices/system/cpu/cpu0/cache";
        if (!Directory.Exists(root))
        {
            return "unknown";
        }
        var levels = Directory.GetDirectories(root, "index*")
            .Select(d => (Level: ReadFirst(Path.Combine(d, "level")), Type: ReadFirst(Path.Combine(d, "type")), Size: ReadFirst(Path.Combine(d, "size"))))
            .Where(c => c.Type != "Instruction")
            .OrderBy(c => c.Level, StringComparer.Ordinal)
            .Select(c => $"L{c.Level} {c.Size}");
        return string.Join(", ", levels);
    }

    private static string ReadFirst(string path) => File.Exists(path) ? File.ReadAllText(path).Trim() : "?";

    private static string[] ReadLines(string path) => File.Exists(path) ? File.ReadAllLines(path) : [];
}
