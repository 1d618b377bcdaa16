using Confluent.Kafka;
using LiveData.Messaging.Clients;
using LiveData.Messaging.Configuration;

namespace LiveData.Messaging.Broker;

/// <summary>Fails fast, with directions, when no broker is running where the settings point.</summary>
public static class BrokerProbe
{
    // Retry connecting at least once a second, so a broker that is still starting is found
    // well inside the probe's deadline (librdkafka backs off up to 10 s by default).
    private const int ReconnectBackoffMaxMs = 1000;

    private const double LookupShareOfTimeout = 0.8;

    /// <summary>Returns once a broker answers a metadata request, or throws by <paramref name="timeout"/>.</summary>
    /// <exception cref="BrokerUnreachableException">Nothing answered in time; the message names the address and how to start a broker.</exception>
    public static async Task EnsureReachableAsync(KafkaSettings settings, TimeSpan timeout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        // The look-up gives up a little early so that its more telling error ("Connection
        // refused") wins; the deadline itself is the backstop should closing the client linger.
        var lookup = Task.Run(() => LookupAsync(settings, timeout * LookupShareOfTimeout, ct), CancellationToken.None);
        try
        {
            await lookup.WaitAsync(timeout, ct);
        }
        catch (TimeoutException ex)
        {
            throw new BrokerUnreachableException(settings.BootstrapServers, $"no answer within {timeout.TotalSeconds:0.#} s", ex);
        }
    }

    private static async Task LookupAsync(KafkaSettings settings, TimeSpan timeout, CancellationToken ct)
    {
        var config = settings.CreateAdminConfig();
        config.ReconnectBackoffMaxMs = ReconnectBackoffMaxMs;
        string? lastError = null;
        // A missing broker is the expected failure here; the exception reports it, not stderr.
        using var admin = new AdminClientBuilder(config)
            .SetLogHandler((_, _) => { })
            .SetErrorHandler((_, error) => Volatile.Write(ref lastError, error.Reason))
            .Build();
        try
        {
            await ClusterMetadata.FetchAsync(admin, settings.BootstrapServers, timeout, ct);
        }
        catch (BrokerUnreachableException ex) when (Volatile.Read(ref lastError) is { } reason)
        {
            // The client's last error ("Connection refused", …) says more than "timed out".
            throw new BrokerUnreachableException(settings.BootstrapServers, reason, ex);
        }
    }
}
