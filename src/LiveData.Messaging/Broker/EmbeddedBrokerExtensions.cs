using Microsoft.Extensions.DependencyInjection;

namespace LiveData.Messaging.Broker;

public static class EmbeddedBrokerExtensions
{
    /// <summary>The embedded broker, started and stopped with the host; resolve <see cref="EmbeddedBrokerService"/> for its address.</summary>
    public static IServiceCollection AddEmbeddedBroker(this IServiceCollection services, EmbeddedBrokerOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<EmbeddedBrokerService>();
        services.AddHostedService(provider => provider.GetRequiredService<EmbeddedBrokerService>());
        return services;
    }
}
