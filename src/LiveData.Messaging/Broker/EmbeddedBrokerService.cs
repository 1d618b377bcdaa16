using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LiveData.Messaging.Broker;

/// <summary>
/// An <see cref="EmbeddedBroker"/> for the lifetime of a host (<c>livedata broker</c>, <c>livedata up</c>): it starts
/// with the host, so clients can connect to <see cref="BootstrapServers"/> once the host has started, and stops with it.
/// </summary>
public sealed class EmbeddedBrokerService(EmbeddedBrokerOptions options, ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    /// <summary>The category of the broker's log lines.</summary>
    public const string LogCategory = "broker";
    private readonly ILogger _logger = loggerFactory.CreateLogger(LogCategory);
    private EmbeddedBroker? _broker;

    /// <summary>The address for clients, e.g. <c>localhost:9092</c>.</summary>
    public string BootstrapServers => (_broker ?? throw new InvalidOperationException("The embedded broker is not running")).BootstrapServers;

    /// <exception cref="BrokerStartException">The port is taken, or librdkafka could not host the mock.</exception>
    public async Task StartAsync(CancellationToken cancellationToken) =>
        _broker = await EmbeddedBroker.StartAsync(options.Port, _logger, cancellationToken, options.TopicsFile is { } file ? new TopicLedger(file) : null);

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _broker, null) is { } broker)
        {
            _logger.LogInformation("Stopping the embedded Kafka broker");
            await broker.DisposeAsync();
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync(CancellationToken.None));
}
