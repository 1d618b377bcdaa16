using LiveData.Messaging.Configuration;
using LiveData.Messaging.Topics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LiveData.Services.Hosting;

/// <summary>
/// LiveData's generic hosts: no default configuration or logging, 8 s to stop gracefully, SIGTERM/SIGINT handled
/// by the host's console lifetime. Callers add logging and their services (<c>AddBackendService</c>, <c>AddFakeMonitors</c>, …).
/// </summary>
public static class ServiceHost
{
    /// <summary>A bare host, for what is not a Kafka client (the embedded broker).</summary>
    public static HostApplicationBuilder CreateBuilder()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(8));
        return builder;
    }

    /// <summary>
    /// A host for Kafka clients with LiveData's shared services: the Kafka settings bound from the environment and
    /// <paramref name="bootstrapServersOption"/> (<see cref="KafkaConfiguration"/>), the topic namespace, the clock and readiness.
    /// </summary>
    public static HostApplicationBuilder CreateBuilder(string? bootstrapServersOption, TopicNamespace topicNamespace)
    {
        var builder = CreateBuilder();
        builder.Configuration.AddKafkaSources(bootstrapServersOption);
        builder.Services.AddKafkaSettings(builder.Configuration);
        builder.Services.AddSingleton(topicNamespace);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ServiceReadiness>();
        return builder;
    }

    /// <summary>Runs the host until SIGTERM/SIGINT or <paramref name="ct"/>; returns the exit code its workers set.</summary>
    public static async Task<int> RunAsync(IHost host, CancellationToken ct)
    {
        await host.RunAsync(ct);
        return Environment.ExitCode;
    }
}
