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
/// or with a NeXus file one recorded pulse of each monitor per pulse, looping at the end of the run.
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
        var sources = options.Replay is { } run ? Recorded(instrument, run) : Random();
        using var publisher = new KafkaPublisher(settings, loggerFactory.CreateLogger<KafkaPublisher>());
        _logger.LogInformation(BackendService.StartedLogLine);
        _logger.LogInformation("Publishing {Count} monitors as {Mode} to {Topic} at {Rate} Hz", sources.Count, options.Mode, topic, PulseClock.PulseRateHz);
        var pulses = await PulseLoop.RunAsync(clock, pulse =>
        {
            foreach (var (source, next) in sources)
            {
                var (ids, timeOfArrival) = next();
                publisher.Publish(topic, Encode(source, pulse, timeOfArrival.Span, ids.Span));
            }
        }, stoppingToken);
        var published = pulses * sources.Count;
        _logger.LogInformation("Fake monitors stopped after {Messages} messages", published);
    }

    private List<(string Source, Func<(ReadOnlyMemory<int> Ids, ReadOnlyMemory<int> TimeOfArrival)> Next)> Random()
    {
        var random = new Random();
        return Enumerable.Range(0, options.MonitorCount)
            .Select(i =>
            {
                var events = new MonitorEventGenerator(i, options.MonitorCount, random, options.RateMultiplier);
                return (StreamRoutes.DevMonitorSourceName(i), (Func<(ReadOnlyMemory<int>, ReadOnlyMemory<int>)>)(() =>
                {
                    var toa = events.NextPulse();
                    return (Ones(toa.Length), toa);
                }));
            })
            .ToList();
    }

    /// <summary>
    /// The recorded monitors, renamed monitor1, monitor2, … in the file's (name) order as upstream does: upstream's
    /// dev routing expects those names, not the NeXus group names.
    /// </summary>
    private List<(string Source, Func<(ReadOnlyMemory<int> Ids, ReadOnlyMemory<int> TimeOfArrival)> Next)> Recorded(Instrument instrument, RecordedRun run)
    {
        if (run.Monitors.Count == 0)
            throw new InvalidDataException(RecordedRunChecks.NoMonitors(run));
        _logger.LogInformation("Replaying monitor events from {File}", run.File);
        var sources = new List<(string, Func<(ReadOnlyMemory<int>, ReadOnlyMemory<int>)>)>();
        for (var i = 0; i < run.Monitors.Count; i++)
        {
            var replay = new RecordedEventSource(StreamRoutes.DevMonitorSourceName(i), run.Monitors[i]);
            _logger.LogInformation("    {NexusName} -> {Source}: {Events} events in {Pulses} pulses", replay.Events.Name, replay.SourceName, replay.Events.EventCount, replay.Events.PulseCount);
            if (i >= instrument.Monitors.Count)
                _logger.LogWarning("{Source} (from {NexusName}) is not a monitor stream of {Instrument}, which has {Count}; published anyway, as upstream does, but no job reads it", replay.SourceName, replay.Events.Name, instrument.Name, instrument.Monitors.Count);
            sources.Add((replay.SourceName, replay.NextPulse));
        }
        return sources;
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
