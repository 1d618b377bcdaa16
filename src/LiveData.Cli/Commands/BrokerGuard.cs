using LiveData.Messaging.Broker;
using LiveData.Messaging.Configuration;
using LiveData.Services.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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

    /// <summary>Runs a host of Kafka clients once its settings are usable and its broker answers; otherwise says why and returns 2.</summary>
    public static async Task<int> RunAsync(IHost host, CancellationToken ct)
    {
        if (ResolveFrom(host.Services, Console.Error) is not { } settings)
        {
            return InvalidSettingsExitCode;
        }
        if (!await IsReachableAsync(settings, ct))
        {
            return UnreachableExitCode;
        }
        return await ServiceHost.RunAsync(host, ct);
    }

    /// <returns>The settings from the environment and the option, or null after writing to <paramref name="error"/> why they cannot be used (never the password).</returns>
    public static KafkaSettings? Resolve(string? bootstrapServersOption, TextWriter error) =>
        Report(() => KafkaSettings.Resolve(bootstrapServersOption), error);

    /// <returns>The settings a host was configured with, or null after writing to <paramref name="error"/> why they cannot be used (never the password).</returns>
    public static KafkaSettings? ResolveFrom(IServiceProvider services, TextWriter error) =>
        Report(services.GetRequiredService<KafkaSettings>, error);

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

    private static KafkaSettings? Report(Func<KafkaSettings> resolve, TextWriter error)
    {
        try
        {
            return resolve();
        }
        catch (KafkaSettingsException e)
        {
            error.WriteLine(e.Message);
            return null;
        }
    }
}
