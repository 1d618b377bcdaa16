using LiveData.Instruments;
using LiveData.Messaging.Configuration;
using LiveData.Messaging.Kafka;
using LiveData.Messaging.Topics;
using LiveData.Protocol.Status;
using LiveData.Services.Backend;
using LiveData.Services.Batching;
using LiveData.Services.Jobs;
using LiveData.Services.Publishing;
using LiveData.Services.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LiveData.Services.Composition;

public static class BackendServiceExtensions
{
    private static readonly TimeSpan StatisticsWindow = TimeSpan.FromSeconds(30);

    /// <summary>
    /// One backend service (<c>monitor_data</c>, <c>detector_data</c>, …) with its collaborators: the instrument, its topics
    /// and the routes of the streams the service reads, stream statistics, the adapter, jobs, batcher, heartbeat schedule,
    /// publisher and outbox, and the cycle that ties them together. They are the host's singletons, so a host runs
    /// one backend service. Needs the shared services of <c>ServiceHost.CreateBuilder</c> (Kafka settings, topic namespace, clock).
    /// </summary>
    /// <exception cref="InvalidOperationException">The host already runs a backend service.</exception>
    public static IServiceCollection AddBackendService(this IServiceCollection services, BackendServiceOptions options)
    {
        if (services.Any(d => d.ServiceType == typeof(BackendServiceOptions)))
        {
            throw new InvalidOperationException($"A host runs one backend service; it already runs one besides {options.ServiceName}");
        }
        services.AddSingleton(options);
        services.AddSingleton(_ => InstrumentCatalog.Get(options.Instrument));
        services.AddSingleton(p => InstrumentTopics.For(p.GetRequiredService<Instrument>().Name, p.GetRequiredService<TopicNamespace>()));
        services.AddSingleton(_ => BackendServiceCatalog.Get(options.ServiceName));
        services.AddSingleton(p => BackendServiceCatalog.RoutesFor(
            options.ServiceName, p.GetRequiredService<Instrument>(), p.GetRequiredService<InstrumentTopics>(), options.Dev, options.Sources));
        services.AddSingleton(p => new StreamStatisticsCollector(p.GetRequiredService<TimeProvider>(), StatisticsWindow));
        services.AddSingleton<RawMessageAdapter>();
        services.AddSingleton(p => new SkippedRecordCounter(p.GetRequiredService<StreamStatisticsCollector>(), p.GetRequiredService<ILogger<SkippedRecordCounter>>()));
        services.AddSingleton(new InstrumentFiles(options.Instrument, options.GeometryFile, options.LookupTableFile));
        services.AddSingleton(p => new JobManager(
            p.GetRequiredService<Instrument>(), options.ServiceName, p.GetRequiredService<InstrumentFiles>(), p.GetRequiredService<ILogger<JobManager>>()));
        services.AddSingleton(p => BackendServiceCatalog.BatcherFor(p.GetRequiredService<BackendServiceDefinition>(), p.GetRequiredService<TimeProvider>()));
        services.AddSingleton(p => new HeartbeatSchedule(p.GetRequiredService<TimeProvider>(), HeartbeatSchedule.DefaultInterval));
        services.AddSingleton(p => new KafkaPublisher(p.GetRequiredService<KafkaSettings>(), p.GetRequiredService<ILogger<KafkaPublisher>>()));
        services.AddSingleton(p => new ServiceOutbox(
            p.GetRequiredService<KafkaPublisher>(), p.GetRequiredService<InstrumentTopics>(), HeartbeatOrigin.OfThisProcess(), p.GetRequiredService<Instrument>().NicosDevices));
        services.AddSingleton(p => new ServiceCycle(
            p.GetRequiredService<RawMessageAdapter>(),
            p.GetRequiredService<SkippedRecordCounter>(),
            p.GetRequiredService<JobManager>(),
            p.GetRequiredService<IMessageBatcher>(),
            p.GetRequiredService<ServiceOutbox>(),
            p.GetRequiredService<ILogger<BackendService>>(),
            options.Sources,
            new DeviceSynthesizer(p.GetRequiredService<Instrument>().Logs.Devices)));
        services.AddSingleton<BackendConsumerFactory>();
        services.AddHostedService<BackendService>();
        return services;
    }
}
