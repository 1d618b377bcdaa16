using System.Globalization;

namespace LiveData.Bench.Cluster;

/// <summary>A process's resident memory now (VmRSS) and its peak so far (VmHWM), from <c>/proc/PID/status</c>.</summary>
public readonly record struct ProcessMemory(long RssBytes, long PeakRssBytes)
{
    /// <summary>The memory of a running process, or null once it has exited.</summary>
    public static ProcessMemory? Read(int processId)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{processId}/status");
        }
        catch (IOException)
        {
            return null; // no such file, or the process went away while it was being read
        }
        // A zombie (exited, not yet reaped) has no memory lines left.
        return text.Contains("VmRSS:", StringComparison.Ordinal) ? Parse(text) : null;
    }

    /// <exception cref="FormatException">The text lacks VmRSS or VmHWM, or they are not "N kB".</exception>
    public static ProcessMemory Parse(string statusText) => new(Kilobytes(statusText, "VmRSS") * 1024, Kilobytes(statusText, "VmHWM") * 1024);

    private static long Kilobytes(string statusText, string field)
    {
        var line = statusText.Split('\n').FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal))
            ?? throw new FormatException($"/proc status text has no {field} line");
        var parts = line[(field.Length + 1)..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts is not [var number, "kB"] || !long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var kilobytes))
        {
            throw new FormatException($"/proc status {field} is not \"N kB\": \"{line.Trim()}\"");
        }
        return kilobytes;
    }
}
