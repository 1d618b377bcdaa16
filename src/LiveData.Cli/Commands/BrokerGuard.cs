using LiveData.Messaging;

namespace LiveData.Cli.Commands;

/// <summary>Checks the broker before a component starts, so a missing broker is one clear message, not a hang.</summary>
public static class BrokerGuard
{
    public const int UnreachableExitCode = 2;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    public static async Task<bool> IsReachableAsync(KafkaSettings settings, CancellationToken ct)
    {
        try
        {
            await BrokerProbe.EnsureReachableAsync(settings, Deadline, ct);
            return true;
        }
        catch (BrokerUnreachableException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return false;
        }
    }
}
