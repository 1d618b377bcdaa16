using LiveData.Dashboard.Commands;
using LiveData.Dashboard.Config;
using LiveData.Dashboard.Data;
using LiveData.Dashboard.Jobs;
using LiveData.Dashboard.Rois;
using LiveData.Dashboard.Transport;
using LiveData.Instruments;
using LiveData.Messaging.Configuration;
using LiveData.Messaging.Kafka;
using LiveData.Messaging.Topics;
using Microsoft.Extensions.Logging;

namespace LiveData.Dashboard;

/// <summary>
/// The headless dashboard: sends workflow commands and collects results, job statuses and
/// acknowledgements from Kafka. Callers ask it through four views — <see cref="Workflows"/> (commands and
/// their verdicts), <see cref="Jobs"/>, <see cref="Workers"/> and <see cref="Results"/> — never its components.
/// A background loop pumps messages every ~50 ms; <see cref="Update"/> pumps once on the caller's thread.
/// Single use: start once, dispose once. Disposing sends no commands.
/// </summary>
public sealed class DashboardBackend : IAsyncDisposable
{
    private static readonly TimeSpan PumpInterval = TimeSpan.FromMilliseconds(50);
    private readonly KafkaSettings _settings;
    private readonly ILoggerFactory _loggerFactory;
    private readonly TimeProvider _clock;
    private readonly DashboardOptions _options;
    private readonly CancellationTokenSource _stop = new();
    private Started? _started;
    private bool _stopped;

    public DashboardBackend(string instrument, KafkaSettings settings, ILoggerFactory loggerFactory, DashboardOptions? options = null, TimeProvider? clock = null)
    {
        _options = options ?? new DashboardOptions();
        Instrument = InstrumentCatalog.Get(instrument);
        _settings = settings;
        _loggerFactory = loggerFactory;
        _clock = clock ?? TimeProvider.System;
        Topics = InstrumentTopics.For(Instrument.Name, _options.TopicNamespace);
    }

    public Instrument Instrument { get; }
    public InstrumentTopics Topics { get; }
    public DashboardWorkflows Workflows => Running.Workflows;
    public DashboardJobs Jobs => Running.Jobs;
    public DashboardWorkers Workers => Running.Workers;
    public DashboardResults Results => Running.Results;

    private Started Running => _started is not null && !_stopped
        ? _started
        : throw new InvalidOperationException(_stopped ? "The dashboard backend has been stopped" : "The dashboard backend has not been started");

    /// <summary>Connects to Kafka (results, heartbeats, responses from their high watermarks) and starts the background pump.</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        if (_started is not null || _stopped)
        {
            throw new InvalidOperationException("Backend has already been started");
        }
        var logger = _loggerFactory.CreateLogger<DashboardBackend>();
        var consumer = await LatestOffsetConsumer.StartAsync(
            _settings, $"dashboard_{Guid.NewGuid()}", [Topics.Data, Topics.Heartbeat, Topics.Responses], logger, ct);
        var publisher = new KafkaPublisher(_settings, _loggerFactory.CreateLogger<KafkaPublisher>());
        var data = new DataService();
        var jobs = new JobService(_clock, _options.JobStatusTimeout);
        var services = new ServiceRegistry(_clock, _options.ServiceStatusTimeout);
        var generations = new ActiveJobRegistry();
        var pending = new PendingCommandTracker(_clock, _options.PendingCommandTimeout);
        IWorkflowConfigStore store = _options.ConfigDirectory is { } directory
            ? FileWorkflowConfigStore.Open(directory, Instrument.Name, Instrument.Workflows.Select(w => w.Id))
            : new InMemoryWorkflowConfigStore();
        var orchestrator = new JobOrchestrator(
            new CommandService(publisher, Topics.Commands), pending, generations, data, jobs, store, _clock, _options.StopReissueInterval);
        var pump = new MessagePump(
            consumer, Topics, Instrument, data, jobs, services, generations, pending, _loggerFactory.CreateLogger<MessagePump>(), orchestrator.Observe);
        var rois = new RoiPublisher(publisher, Topics.Roi, generations, _loggerFactory.CreateLogger<RoiPublisher>());
        _started = new Started(consumer, publisher, pump, pending, orchestrator,
            new DashboardWorkflows(Instrument, orchestrator, rois, pending), new DashboardJobs(jobs, generations, orchestrator),
            new DashboardWorkers(services), new DashboardResults(data, generations, () => pump.SkippedResults), Task.CompletedTask);
        await consumer.Ready.WaitAsync(ct);
        _started = _started with { Loop = Task.Run(() => PumpLoop(_stop.Token), CancellationToken.None) };
    }

    /// <summary>Pumps once on the caller's thread; true if anything was consumed.</summary>
    public bool Update() => Running.Pump.Update();

    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }
        _stopped = true;
        await _stop.CancelAsync();
        if (_started is { } started)
        {
            await started.Loop;
            await started.Consumer.DisposeAsync();
            started.Publisher.Dispose();
        }
        _stop.Dispose();
    }

    // A failing pass is logged and the loop goes on: one bad pass must not blind the dashboard.
    private async Task PumpLoop(CancellationToken ct)
    {
        var started = _started!;
        var logger = _loggerFactory.CreateLogger<DashboardBackend>();
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var worked = started.Pump.Update();
                started.Pending.ExpireOverdue();
                started.Orchestrator.ReconcileObservedJobs(ct);
                if (!worked)
                {
                    await Task.Delay(PumpInterval, _clock, ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Dashboard update pass failed");
                await Task.Delay(PumpInterval, _clock, CancellationToken.None);
            }
        }
    }

    private sealed record Started(
        LatestOffsetConsumer Consumer,
        KafkaPublisher Publisher,
        MessagePump Pump,
        PendingCommandTracker Pending,
        JobOrchestrator Orchestrator,
        DashboardWorkflows Workflows,
        DashboardJobs Jobs,
        DashboardWorkers Workers,
        DashboardResults Results,
        Task Loop);
}
