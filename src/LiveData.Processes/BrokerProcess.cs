using LiveData.Messaging.Configuration;


namespace LiveData.Processes;

/// <summary>An embedded broker (<c>livedata broker</c>) as a child process, on a free port unless told otherwise.</summary>
public static class BrokerProcess
{
    private const string BootstrapLine = "bootstrap: ";

    /// <summary>Starts the broker and waits until it prints where clients connect.</summary>
    /// <param name="port">0 for a free port; a fixed one to restart a broker where its clients expect it.</param>
    /// <param name="topicsFile">Where the broker remembers its topics across restarts (<c>--topics-file</c>).</param>
    public static async Task<(ServiceProcess Process, KafkaSettings Settings)> StartAsync(CancellationToken ct, int port = 0, string? topicsFile = null)
    {
        string[] ledger = topicsFile is null ? [] : ["--topics-file", topicsFile];
        var process = new ServiceProcess(
            "broker",
            LiveDataExecutable.Arguments(["broker", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. ledger]),
            [BootstrapLine],
            new Dictionary<string, string?>());
        await process.StartAsync(ServiceProcess.DefaultReadinessTimeout, ct);
        var line = process.Output.LastLineContaining(BootstrapLine)!;
        var bootstrap = line[(line.IndexOf(BootstrapLine, StringComparison.Ordinal) + BootstrapLine.Length)..].Trim();
        return (process, KafkaSettings.Resolve(bootstrap));
    }
}
