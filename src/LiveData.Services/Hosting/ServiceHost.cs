using LiveData.Messaging.Configuration;
using LiveData.Messaging.Topics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LiveData.Services.Hosting;

/// <summary>
/// Runs one LiveData service as a generic host: single-line console logs, SIGTERM/SIGINT handled by
/// the host's console lifetime (graceful stop), the worker's exit code returned.
/// </summary>
public static class ServiceHost
{
    public static async Task<int> RunAsync<TWorker>(KafkaSettings settings, TopicNamespace topicNamespace, LogLevel logLevel, Action<IServiceCollection> configure, CancellationToken ct)
        where TWorker : class, IHostedService
    {
        var builder = CreateBuilder(settings, topicNamespace);
        builder.Logging.AddLiveDataConsole(logLevel);
        configure(builder.Services);
        builder.Services.AddHostedService<TWorker>();
        using var host = builder.Build();
        await host.RunAsync(ct);
        return Environment.ExitCode;
    }

    /// <summary>A host with LiveData's shared services (broker settings, topic namespace, clock, readiness); callers add logging and workers.</summary>
    public static HostApplicationBuilder CreateBuilder(KafkaSettings settings, TopicNamespace topicNamespace)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(topicNamespace);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ServiceReadiness>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(8));
        return builder;
    }
}
