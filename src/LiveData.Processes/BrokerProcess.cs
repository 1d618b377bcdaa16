using LiveData.Messaging;

namespace LiveData.Processes;

/// <summary>An embedded broker (<c>livedata broker --port 0</c>) as a child process, on a free port.</summary>
public static class BrokerProcess
{
    private const string BootstrapLine = "bootstrap: ";

    /// <summary>Starts the broker and waits until it prints where clients connect.</summary>
    public static async Task<(ServiceProcess Process, KafkaSettings Settings)> StartAsync(CancellationToken ct)
    {
        var process = new ServiceProcess("broker", LiveDataExecutable.Arguments("broker", "--port", "0"), [BootstrapLine], new Dictionary<string, string?>());
        await process.StartAsync(ServiceProcess.DefaultReadinessTimeout, ct);
        var line = process.Output.LastLineContaining(BootstrapLine)!;
        var bootstrap = line[(line.IndexOf(BootstrapLine, StringComparison.Ordinal) + BootstrapLine.Length)..].Trim();
        return (process, KafkaSettings.Resolve(bootstrap));
    }
}
