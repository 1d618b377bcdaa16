using CliWrap;
using CliWrap.Buffered;
using LiveData.Processes;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>One-shot <c>livedata</c> commands a scenario runs as an operator would, e.g. to write an instrument file.</summary>
public static class LiveDataCli
{
    /// <returns>What the command printed.</returns>
    /// <exception cref="InvalidOperationException">The command failed; the message holds what it said.</exception>
    public static async Task<string> RunAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment, CancellationToken ct)
    {
        var result = await Cli.Wrap(LiveDataExecutable.DotnetHost)
            .WithArguments(LiveDataExecutable.Arguments(arguments))
            .WithEnvironmentVariables(environment)
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(ct);
        return result.ExitCode == 0
            ? result.StandardOutput
            : throw new InvalidOperationException($"livedata {string.Join(' ', arguments)} exited with {result.ExitCode}:\n{result.StandardError}\n{result.StandardOutput}");
    }
}
