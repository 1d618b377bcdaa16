using LiveData.Core.Time;
using LiveData.Messaging.Kafka;
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
    ServiceCycle cycle,
    JobManager jobs,
    IMessageBatcher batcher,
    StreamStatisticsCollector statistics,
    HeartbeatSchedule heartbeats,
    ServiceOutbox outbox,
    KafkaPublisher publisher,
    BackendConsumerFactory consumers,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ServiceReadiness readiness,
    ILogger<BackendService> logger) : BackgroundService
{
    public const string StartedLogLine = "Service started";
    public const string HostingLogLine = "Hosting only sources";
    private const int MaxRecordsPerCycle = 1000;
    private static readonly TimeSpan IdleWait = TimeSpan.FromMilliseconds(100);
    private readonly string _workerId = Guid.NewGuid().ToString();
    private readonly long _startedAt = EpochNanoseconds.Now(clock);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Disposing flushes, so the last heartbeats leave while the host still waits for this loop.
        using var flushOnExit = publisher;
        var state = ServiceState.Starting;
        try
        {
            await using var consumer = await consumers.StartAsync(_workerId, stoppingToken);
            if (options.Sources?.Names is { } hosted)
            {
                logger.LogInformation("{HostingLogLine} {Sources}", HostingLogLine, string.Join(",", hosted.Order(StringComparer.Ordinal)));
            }
            logger.LogInformation(StartedLogLine);
            readiness.MarkReady();
            state = ServiceState.Running;
            while (!stoppingToken.IsCancellationRequested)
            {
                var worked = cycle.Run(consumer, MaxRecordsPerCycle);
                if (heartbeats.IsDue())
                {
                    PublishHeartbeats(state, statistics.TakeIfDue(), error: null, statistics.Warning);
                }
                if (!worked)
                {
                    await WaitForData(consumer, stoppingToken);
                }
            }
            jobs.MarkAllStopped();
            PublishHeartbeats(ServiceState.Stopped, statistics.TakeIfDue(), error: null);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            jobs.MarkAllStopped();
            PublishHeartbeats(ServiceState.Stopped, null, error: null);
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "Service loop failed; shutting down");
            PublishHeartbeats(ServiceState.Error, null, e.Message);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
        logger.LogInformation("Service stopped after publishing {Results} results", outbox.ResultsPublished);
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

    private void PublishHeartbeats(ServiceState state, StreamStatistics? windowStatistics, string? error, string? warning = null)
    {
        foreach (var job in jobs.Jobs)
        {
            outbox.Publish(job.Status);
        }
        outbox.Publish(new ServiceStatus(
            options.Instrument, options.ServiceName, _workerId, state, _startedAt, jobs.Jobs.Count, error, batcher.WindowSeconds, windowStatistics, warning));
    }
}
