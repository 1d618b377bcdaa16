using LiveData.Messaging.Broker;
using LiveData.Services.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LiveData.Cli.Commands;

/// <summary>The embedded broker in a host of its own: <c>livedata broker</c> runs it, <c>livedata up</c> runs everything else against it.</summary>
public static class BrokerHost
{
    public const int StartFailedExitCode = 1;
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";
    private const string LifetimeCategory = "Microsoft.Hosting.Lifetime";

    public static IHost Build(EmbeddedBrokerOptions options, Action<ILoggingBuilder> logging)
    {
        var builder = ServiceHost.CreateBuilder();
        logging(builder.Logging);
        // A broker that cannot start is reported once, on stderr, by StartAsync: not again as a host failure with a stack trace.
        // Its lifetime lines are noise too, beside those of the services it serves.
        builder.Logging.AddFilter(HostCategory, LogLevel.None).AddFilter(LifetimeCategory, LogLevel.Warning);
        builder.Services.AddEmbeddedBroker(options);
        return builder.Build();
    }

    /// <returns>Where clients connect, or null after writing to stderr why the broker could not start (e.g. the port is taken).</returns>
    public static async Task<string?> StartAsync(IHost host, CancellationToken ct)
    {
        try
        {
            await host.StartAsync(ct);
            return host.Services.GetRequiredService<EmbeddedBrokerService>().BootstrapServers;
        }
        catch (BrokerStartException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return null;
        }
    }
}
