using LiveData.Messaging.Broker;
using LiveData.Messaging.Configuration;


namespace LiveData.Cli.Commands;

/// <summary>
/// Checks the Kafka settings and the broker before a component starts, so unusable credentials or a missing
/// broker are one clear message, not a stack trace or a hang.
/// </summary>
public static class BrokerGuard
{
    public const int UnreachableExitCode = 2;
    public const int InvalidSettingsExitCode = 2;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    /// <returns>The settings, or null after writing to <paramref name="error"/> why they cannot be used (never the password).</returns>
    public static KafkaSettings? Resolve(string? bootstrapServersOption, Func<string, string?> environment, TextWriter error)
    {
        try
        {
            return KafkaSettings.Resolve(bootstrapServersOption, environment);
        }
        catch (KafkaSettingsException e)
        {
            error.WriteLine(e.Message);
            return null;
        }
    }

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
