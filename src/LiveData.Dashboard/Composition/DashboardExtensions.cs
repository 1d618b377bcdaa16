using LiveData.Messaging.Configuration;
using LiveData.Messaging.Topics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LiveData.Dashboard.Composition;

public static class DashboardExtensions
{
    /// <summary>
    /// The headless dashboard of <paramref name="instrument"/>, connected when the host starts and stopped with it;
    /// resolve <see cref="DashboardBackend"/> to drive it. Without <paramref name="options"/> it uses upstream's time
    /// limits and the host's topic namespace. Needs the shared services of <c>ServiceHost.CreateBuilder</c>.
    /// </summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services, string instrument, DashboardOptions? options = null)
    {
        services.AddSingleton(p => new DashboardBackend(
            instrument,
            p.GetRequiredService<KafkaSettings>(),
            p.GetRequiredService<ILoggerFactory>(),
            options ?? new DashboardOptions { TopicNamespace = p.GetRequiredService<TopicNamespace>() },
            p.GetRequiredService<TimeProvider>()));
        services.AddHostedService<DashboardLifetime>();
        return services;
    }

    private sealed class DashboardLifetime(DashboardBackend dashboard) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => dashboard.StartAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => dashboard.DisposeAsync().AsTask();
    }
}
