using System.Diagnostics;
using LiveData.Processes;

namespace LiveData.Tests.Cli;

/// <summary>One run of the <c>livedata</c> CLI as a child process, with its own Kafka variables (the test process keeps its environment).</summary>
internal sealed record LiveDataRun(int ExitCode, string Stdout, string Stderr)
{
    private static readonly string[] KafkaVariables =
    [
        KafkaSettings.BootstrapServersVariable, KafkaSettings.SecurityProtocolVariable, KafkaSettings.SaslMechanismVariable,
        KafkaSettings.SaslUsernameVariable, KafkaSettings.SaslPasswordVariable, KafkaSettings.SslCaLocationVariable,
    ];

    /// <param name="environment">The Kafka variables the run sees; any other Kafka variable of the test process is removed.</param>
    public static async Task<LiveDataRun> RunAsync(IReadOnlyDictionary<string, string> environment, IEnumerable<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(LiveDataExecutable.DotnetHost) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in LiveDataExecutable.Arguments(arguments))
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var variable in KafkaVariables)
        {
            start.Environment.Remove(variable);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(ct);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return new LiveDataRun(process.ExitCode, await stdout, await stderr);
    }
}
