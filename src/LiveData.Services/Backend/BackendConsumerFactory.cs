using LiveData.Instruments;
using LiveData.Messaging.Configuration;
using LiveData.Messaging.Kafka;
using LiveData.Messaging.Topics;
using LiveData.Services.Routing;
using Microsoft.Extensions.Logging;

namespace LiveData.Services.Backend;

/// <summary>
/// Starts the consumer a backend worker reads: every topic its service needs, from the high watermark, in a
/// consumer group of the worker's own. Starting connects to the broker, so the service does it once it runs.
/// </summary>
public sealed class BackendConsumerFactory(
    KafkaSettings settings, Instrument instrument, BackendServiceDefinition service, StreamRoutes routes, InstrumentTopics topics, ILogger<BackendService> logger)
{
    public Task<LatestOffsetConsumer> StartAsync(string workerId, CancellationToken ct) =>
        LatestOffsetConsumer.StartAsync(
            settings, $"{instrument.Name}_{service.Name}_{workerId}", BackendServiceCatalog.TopicsFor(service, routes, topics), logger, ct);
}
