using LiveData.Core.Time;
using LiveData.Instruments;
using LiveData.Messaging.Configuration;
using LiveData.Messaging.Kafka;
using LiveData.Messaging.Topics;
using LiveData.Protocol.Status;
using LiveData.Services.Batching;
using LiveData.Services.Hosting;
using LiveData.Services.Jobs;
using LiveData.Services.Publishing;
using LiveData.Services.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LiveData.Services.Backend;

/// <summary>
/// The loop every backend service runs: consume from the high watermark, handle commands before data,
/// batch data by data time, run jobs, publish results, and send heartbeats every 2 s. On shutdown it
/// sends a final heartbeat with every job stopped; if the loop dies it reports state error and exits 1.
/// </summary>
public sealed class BackendService(
    BackendServiceOptions options,
    KafkaSettings settings,
    TopicNamespace topicNamespace,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ServiceReadiness readiness,
    ILoggerFactory loggerFactory) : BackgroundService
{
    public const string StartedLogLine = "Service started";
    public const string HostingLogLine = "Hosting only sources";
    private const int MaxRecordsPerCycle = 1000;
    private static readonly TimeSpan IdleWait = TimeSpan.FromMilliseconds(100);
    private readonly ILogger _logger = loggerFactory.CreateLogger<BackendService>();
    private readonly string _workerId = Guid.NewGuid().ToString();
    private readonly long _startedAt = EpochNanoseconds.Now(clock);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var instrument = InstrumentCatalog.Get(options.Instrument);
        var topics = InstrumentTopics.For(instrument.Name, topicNamespace);
        var service = BackendServiceCatalog.Get(options.ServiceName);
        var routes = BackendServiceCatalog.RoutesFor(options.ServiceName, instrument, topics, options.Dev, options.Sources);
        var statistics = new StreamStatisticsCollector(clock, TimeSpan.FromSeconds(30));
        var adapter = new RawMessageAdapter(topics, routes, statistics, loggerFactory.CreateLogger<RawMessageAdapter>());
        var jobs = new JobManager(instrument, options.ServiceName, loggerFactory.CreateLogger<JobManager>());
        var batcher = BackendServiceCatalog.BatcherFor(service, clock);
        var heartbeats = new HeartbeatSchedule(clock, HeartbeatSchedule.DefaultInterval);
        using var publisher = new KafkaPublisher(settings, loggerFactory.CreateLogger<KafkaPublisher>());
        var outbox = new ServiceOutbox(publisher, topics, HeartbeatOrigin.OfThisProcess(), instrument.NicosDevices);
        var skipped = new SkippedRecordCounter(statistics, loggerFactory.CreateLogger<SkippedRecordCounter>());
        var cycle = new ServiceCycle(adapter, skipped, jobs, batcher, outbox, _logger, options.Sources);

        var state = ServiceState.Starting;
        try
        {
            await using var consumer = await LatestOffsetConsumer.StartAsync(
                settings, $"{instrument.Name}_{options.ServiceName}_{_workerId}", BackendServiceCatalog.TopicsFor(service, routes, topics), _logger, stoppingToken);
            if (options.Sources?.Names is { } hosted)
            {
                _logger.LogInformation("{HostingLogLine} {Sources}", HostingLogLine, string.Join(",", hosted.Order(StringComparer.Ordinal)));
            }
            _logger.LogInformation(StartedLogLine);
            readiness.MarkReady();
            state = ServiceState.Running;
            while (!stoppingToken.IsCancellationRequested)
            {
                var worked = cycle.Run(consumer, MaxRecordsPerCycle);
                if (heartbeats.IsDue())
                {
                    PublishHeartbeats(outbox, jobs, state, batcher, statistics.TakeIfDue(), error: null, statistics.Warning);
                }
                if (!worked)
                {
                    await WaitForData(consumer, stoppingToken);
                }
            }
            jobs.MarkAllStopped();
            PublishHeartbeats(outbox, jobs, ServiceState.Stopped, batcher, statistics.TakeIfDue(), error: null);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            jobs.MarkAllStopped();
            PublishHeartbeats(outbox, jobs, ServiceState.Stopped, batcher, null, error: null);
        }
        catch (Exception e)
        {
            _logger.LogCritical(e, "Service loop failed; shutting down");
            PublishHeartbeats(outbox, jobs, ServiceState.Error, batcher, null, e.Message);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
        _logger.LogInformation("Service stopped after publishing {Results} results", outbox.ResultsPublished);
    }

    private static async Task WaitForData(LatestOffsetConsumer consumer, CancellationToken stoppingToken)
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        idle.CancelAfter(IdleWait);
        try
        {
            await consumer.WaitToReadAsync(idle.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // Idle timeout: loop again so heartbeats and the batch backstop keep running.
        }
    }

    private void PublishHeartbeats(ServiceOutbox outbox, JobManager jobs, ServiceState state, IMessageBatcher batcher, StreamStatistics? statistics, string? error, string? warning = null)
    {
        foreach (var job in jobs.Jobs)
        {
            outbox.Publish(job.Status);
        }
        outbox.Publish(new ServiceStatus(
            options.Instrument, options.ServiceName, _workerId, state, _startedAt, jobs.Jobs.Count, error, batcher.WindowSeconds, statistics, warning));
    }
}
