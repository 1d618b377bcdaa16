using LiveData.Geometry.Nexus;
using LiveData.Instruments;
using LiveData.Messaging.Configuration;
using LiveData.Messaging.Kafka;
using LiveData.Messaging.Topics;
using LiveData.Services.Backend;
using LiveData.Wire.Ad00;
using LiveData.Wire.Ev44;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LiveData.Services.Fakes;

/// <summary>
/// Publishes one message per detector stream per 14 Hz pulse with DEV source names: ev44 events to the
/// detector topic, or (ad00 mode) one image per area detector to the area-detector topic.
/// </summary>
public sealed class FakeDetectorProducer(FakeDetectorOptions options, KafkaSettings settings, TopicNamespace topicNamespace, TimeProvider clock, ILoggerFactory loggerFactory) : BackgroundService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<FakeDetectorProducer>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var instrument = InstrumentCatalog.Get(options.Instrument);
        var topics = InstrumentTopics.For(instrument.Name, topicNamespace);
        var random = new Random();
        using var publisher = new KafkaPublisher(settings, loggerFactory.CreateLogger<KafkaPublisher>());
        Action<long> pulse = options.Mode == FakeDetectorMode.Ev44
            ? options.Replay is { } run
                ? RecordedPulse(instrument, run, topics.Detector, publisher)
                : EventPulse(instrument, topics.Detector, publisher, random)
            : ImagePulse(instrument, topics.AreaDetector, publisher, random);
        _logger.LogInformation(BackendService.StartedLogLine);
        var pulses = await PulseLoop.RunAsync(clock, pulse, stoppingToken);
        _logger.LogInformation("Fake detectors stopped after {Pulses} pulses", pulses);
    }

    private Action<long> EventPulse(Instrument instrument, string topic, KafkaPublisher publisher, Random random)
    {
        var eventsPerPulse = options.EventsPerPulse(instrument.FakeEventsPerPulse);
        var generators = instrument.DetectorStreams.Select(s => new DetectorEventGenerator(s, eventsPerPulse, random)).ToList();
        _logger.LogInformation("Publishing {Events} events per pulse for {Count} detector streams to {Topic}", eventsPerPulse, generators.Count, topic);
        return pulseTime =>
        {
            foreach (var generator in generators)
            {
                var (pixels, timeOfArrival) = generator.NextPulse();
                publisher.Publish(topic, Ev44Encoder.Encode(generator.SourceName, 0, [pulseTime], [0], timeOfArrival.Span, pixels.Span));
            }
        };
    }

    /// <summary>
    /// Replays the recorded NXdetector events, each under its NeXus group name as upstream does (the group names of a
    /// recorded run are the detector streams' source names), one recorded pulse per pulse, looping at the end unless
    /// the replay is once only.
    /// </summary>
    private Action<long> RecordedPulse(Instrument instrument, RecordedRun run, string topic, KafkaPublisher publisher)
    {
        if (run.Detectors.Count == 0)
            throw new InvalidDataException(RecordedRunChecks.NoDetectors(run));
        var streams = instrument.DetectorStreams.Select(s => s.SourceName).ToHashSet(StringComparer.Ordinal);
        var replay = new RecordedReplay([.. run.Detectors.Select(d => new RecordedEventSource(StreamOf(instrument, d.Name), d, options.ReplayOnce))], _logger);
        _logger.LogInformation("Replaying detector events from {File} to {Topic}", run.File, topic);
        if (options.ReplayOnce)
            _logger.LogInformation("Replaying every recorded pulse once, then publishing nothing more");
        foreach (var source in replay.Sources)
        {
            _logger.LogInformation("    {Source}: {Events} events in {Pulses} pulses", source.SourceName, source.Events.EventCount, source.Events.PulseCount);
            if (!streams.Contains(source.SourceName))
                _logger.LogWarning("{Source} is not a detector stream of {Instrument} ({Streams}); published anyway, as upstream does, but no job reads it", source.SourceName, instrument.Name, string.Join(", ", streams));
        }
        return pulseTime => replay.Pulse((source, pixels, timeOfArrival) =>
            publisher.Publish(topic, Ev44Encoder.Encode(source, 0, [pulseTime], [0], timeOfArrival.Span, pixels.Span)));
    }

    /// <summary>
    /// The stream a recorded NXdetector is published under: its group name, unless that names a bank whose events arrive
    /// on other streams (BIFROST's triplets, while a synthetic run has one unified_detector group); then the bank's first
    /// stream, which routes to the same detector.
    /// </summary>
    public static string StreamOf(Instrument instrument, string recordedName) =>
        instrument.DetectorStreams.Any(s => s.SourceName == recordedName)
            ? recordedName
            : instrument.DetectorStreams.FirstOrDefault(s => s.Detector == recordedName)?.SourceName ?? recordedName;

    private Action<long> ImagePulse(Instrument instrument, string topic, KafkaPublisher publisher, Random random)
    {
        var generators = instrument.AreaDetectors.Select(a => new AreaImageGenerator(a, random)).ToList();
        if (generators.Count == 0)
        {
            _logger.LogWarning("{Instrument} has no area detectors; nothing to publish in ad00 mode", instrument.Name);
        }
        _logger.LogInformation("Publishing images of {Count} area detectors to {Topic}", generators.Count, topic);
        var frame = 0;
        return pulseTime =>
        {
            foreach (var generator in generators)
            {
                publisher.Publish(topic, Ad00Codec.Encode(Ad00Array.UInt16s(generator.SourceName, frame, pulseTime, generator.Shape, generator.NextFrame().Span)));
            }
            frame++;
        };
    }
}
