using Microsoft.Extensions.Logging;

namespace LiveData.Messaging.Broker;

/// <summary>Runs an <see cref="EmbeddedBroker"/> for the lifetime of a process (<c>livedata broker</c>).</summary>
public static class EmbeddedBrokerHost
{
    /// <summary>
    /// Starts the broker, calls <paramref name="onReady"/> with its bootstrap address (e.g.
    /// <c>localhost:9092</c>) once clients can connect, and serves until <paramref name="ct"/>
    /// is cancelled. Cancellation is the normal way to stop, so it completes without throwing.
    /// </summary>
    /// <exception cref="BrokerStartException">The broker could not start (e.g. the port is taken).</exception>
    public static async Task RunAsync(int port, ILogger logger, Action<string> onReady, CancellationToken ct, TopicLedger? ledger = null)
    {
        ArgumentNullException.ThrowIfNull(onReady);
        EmbeddedBroker broker;
        try
        {
            broker = await EmbeddedBroker.StartAsync(port, logger, ct, ledger);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return;
        }

        await using (broker)
        {
            onReady(broker.BootstrapServers);
            await Task.Delay(Timeout.InfiniteTimeSpan, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            logger.LogInformation("Stopping the embedded Kafka broker");
        }
    }
}
