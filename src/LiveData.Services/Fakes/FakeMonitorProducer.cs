using LiveData.Geometry.Nexus;
using LiveData.Instruments;
using LiveData.Messaging.Configuration;
using LiveData.Messaging.Kafka;
using LiveData.Messaging.Topics;
using LiveData.Services.Backend;
using LiveData.Services.Routing;
using LiveData.Wire.Da00;
using LiveData.Wire.Ev44;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LiveData.Services.Fakes;

/// <summary>
/// Publishes one message per monitor per 14 Hz pulse to the beam-monitor topic, with DEV source names: random events,
/// or with a NeXus file one recorded pulse of each monitor per pulse, looping at the end of the run (or, once only,
/// stopping there).
/// </summary>
public sealed class FakeMonitorProducer(FakeMonitorOptions options, KafkaSettings settings, TopicNamespace topicNamespace, TimeProvider clock, ILoggerFactory loggerFactory) : BackgroundService
{
    private const int FrameTimeBins = 1000;
    private const double FrameTimeStopNs = 71_000_000;
    private readonly ILogger _logger = loggerFactory.CreateLogger<FakeMonitorProducer>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var instrument = InstrumentCatalog.Get(options.Instrument);
        var topic = InstrumentTopics.For(options.Instrument, topicNamespace).BeamMonitor;
        var (monitors, nextPulse) = options.Replay is { } run ? Recorded(instrument, run) : Random();
        using var publisher = new KafkaPublisher(settings, loggerFactory.CreateLogger<KafkaPublisher>());
        _logger.LogInformation(BackendService.StartedLogLine);
        _logger.LogInformation("Publishing {Count} monitors as {Mode} to {Topic} at {Rate} Hz", monitors, options.Mode, topic, PulseClock.PulseRateHz);
        long published = 0;
        await PulseLoop.RunAsync(clock, pulse =>
            published += nextPulse((source, ids, timeOfArrival) => publisher.Publish(topic, Encode(source, pulse, timeOfArrival.Span, ids.Span))),
            stoppingToken);
        _logger.LogInformation("Fake monitors stopped after {Messages} messages", published);
    }

    /// <summary>Publishes one pulse of every monitor through the callback (source, ids, time offsets); returns the messages published.</summary>
    private delegate int MonitorPulse(Action<string, ReadOnlyMemory<int>, ReadOnlyMemory<int>> publish);

    private (int Monitors, MonitorPulse Next) Random()
    {
        var random = new Random();
        var generators = Enumerable.Range(0, options.MonitorCount)
            .Select(i => (Source: StreamRoutes.DevMonitorSourceName(i), Events: new MonitorEventGenerator(i, options.MonitorCount, random, options.RateMultiplier)))
            .ToList();
        return (generators.Count, publish =>
        {
            foreach (var (source, events) in generators)
            {
                var toa = events.NextPulse();
                publish(source, Ones(toa.Length), toa);
            }
            return generators.Count;
        });
    }

    /// <summary>
    /// The recorded monitors, renamed monitor1, monitor2, … in the file's (name) order as upstream does: upstream's
    /// dev routing expects those names, not the NeXus group names.
    /// </summary>
    private (int Monitors, MonitorPulse Next) Recorded(Instrument instrument, RecordedRun run)
    {
        if (run.Monitors.Count == 0)
            throw new InvalidDataException(RecordedRunChecks.NoMonitors(run));
        _logger.LogInformation("Replaying monitor events from {File}", run.File);
        var sources = new List<RecordedEventSource>();
        for (var i = 0; i < run.Monitors.Count; i++)
        {
            var source = new RecordedEventSource(StreamRoutes.DevMonitorSourceName(i), run.Monitors[i], options.ReplayOnce);
            _logger.LogInformation("    {NexusName} -> {Source}: {Events} events in {Pulses} pulses", source.Events.Name, source.SourceName, source.Events.EventCount, source.Events.PulseCount);
            if (i >= instrument.Monitors.Count)
                _logger.LogWarning("{Source} (from {NexusName}) is not a monitor stream of {Instrument}, which has {Count}; published anyway, as upstream does, but no job reads it", source.SourceName, source.Events.Name, instrument.Name, instrument.Monitors.Count);
            sources.Add(source);
        }
        if (options.ReplayOnce)
            _logger.LogInformation("Replaying every recorded pulse once, then publishing nothing more");
        var replay = new RecordedReplay(sources, _logger);
        return (sources.Count, replay.Pulse);
    }

    private static int[] Ones(int length)
    {
        var ones = new int[length];
        Array.Fill(ones, 1);
        return ones;
    }

    private byte[] Encode(string source, long pulseTimeNs, ReadOnlySpan<int> timeOfArrivalNs, ReadOnlySpan<int> ids) => options.Mode switch
    {
        FakeMonitorMode.Ev44 => Ev44Encoder.Encode(source, 0, [pulseTimeNs], [0], timeOfArrivalNs, ids),
        _ => Da00Codec.Encode(FrameTimeHistogram(source, pulseTimeNs, timeOfArrivalNs)),
    };

    private static Da00DataArray FrameTimeHistogram(string source, long pulseTimeNs, ReadOnlySpan<int> timeOfArrivalNs)
    {
        var counts = new long[FrameTimeBins];
        foreach (var t in timeOfArrivalNs)
        {
            var bin = (long)(t / FrameTimeStopNs * FrameTimeBins);
            if (t >= 0 && bin < FrameTimeBins)
            {
                counts[bin]++;
            }
        }
        var edges = Enumerable.Range(0, FrameTimeBins + 1).Select(i => FrameTimeStopNs * i / FrameTimeBins).ToArray();
        return new Da00DataArray(source, pulseTimeNs,
        [
            Da00Variable.Int64s("signal", "counts", ["frame_time"], [FrameTimeBins], counts),
            Da00Variable.Doubles("frame_time", "ns", ["frame_time"], [FrameTimeBins + 1], edges),
        ]);
    }
}
