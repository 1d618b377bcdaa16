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

/// <summary>Publishes one message per monitor per 14 Hz pulse to the beam-monitor topic, with DEV source names.</summary>
public sealed class FakeMonitorProducer(FakeMonitorOptions options, KafkaSettings settings, TopicNamespace topicNamespace, TimeProvider clock, ILoggerFactory loggerFactory) : BackgroundService
{
    private const int FrameTimeBins = 1000;
    private const double FrameTimeStopNs = 71_000_000;
    private readonly ILogger _logger = loggerFactory.CreateLogger<FakeMonitorProducer>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        InstrumentCatalog.Get(options.Instrument);
        var topic = InstrumentTopics.For(options.Instrument, topicNamespace).BeamMonitor;
        var random = new Random();
        var generators = Enumerable.Range(0, options.MonitorCount)
            .Select(i => (Source: StreamRoutes.DevMonitorSourceName(i), Events: new MonitorEventGenerator(i, options.MonitorCount, random, options.RateMultiplier)))
            .ToList();
        using var publisher = new KafkaPublisher(settings, loggerFactory.CreateLogger<KafkaPublisher>());
        _logger.LogInformation(BackendService.StartedLogLine);
        _logger.LogInformation("Publishing {Count} monitors as {Mode} to {Topic} at {Rate} Hz", generators.Count, options.Mode, topic, PulseClock.PulseRateHz);
        var pulses = await PulseLoop.RunAsync(clock, pulse =>
        {
            foreach (var (source, events) in generators)
            {
                publisher.Publish(topic, Encode(source, pulse, events.NextPulse()));
            }
        }, stoppingToken);
        var published = pulses * generators.Count;
        _logger.LogInformation("Fake monitors stopped after {Messages} messages", published);
    }

    private byte[] Encode(string source, long pulseTimeNs, int[] timeOfArrivalNs) => options.Mode switch
    {
        FakeMonitorMode.Ev44 => Ev44Encoder.Encode(source, 0, [pulseTimeNs], [0], timeOfArrivalNs, Enumerable.Repeat(1, timeOfArrivalNs.Length).ToArray()),
        _ => Da00Codec.Encode(FrameTimeHistogram(source, pulseTimeNs, timeOfArrivalNs)),
    };

    private static Da00DataArray FrameTimeHistogram(string source, long pulseTimeNs, int[] timeOfArrivalNs)
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
