using LiveData.Core.Time;
using LiveData.Instruments;
using LiveData.Messaging.Configuration;
using LiveData.Messaging.Kafka;
using LiveData.Messaging.Topics;
using LiveData.Services.Backend;
using LiveData.Wire.F144;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LiveData.Services.Fakes;

/// <summary>
/// Publishes f144 log values once per second to the instrument's motion topic with DEV names: upstream's
/// <c>detector_tank_angle_r0</c> ramp (0→90→0 degrees over 101 points), and — unlike upstream, whose fake
/// source is not a configured log of most instruments and is dropped as unmapped — a plausible value for
/// each of the instrument's own logs (<see cref="FakeLogValues"/>), so a timeseries of any log shows data.
/// </summary>
public sealed class FakeLogProducer(FakeLogOptions options, KafkaSettings settings, TopicNamespace topicNamespace, TimeProvider clock, ILoggerFactory loggerFactory) : BackgroundService
{
    public const string UpstreamSource = "detector_tank_angle_r0";
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly ILogger _logger = loggerFactory.CreateLogger<FakeLogProducer>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var instrument = InstrumentCatalog.Get(options.Instrument);
        var topic = InstrumentTopics.For(instrument.Name, topicNamespace).Motion;
        var values = new FakeLogValues(instrument.Logs);
        using var publisher = new KafkaPublisher(settings, loggerFactory.CreateLogger<KafkaPublisher>());
        using var timer = new PeriodicTimer(Interval, clock);
        _logger.LogInformation(BackendService.StartedLogLine);
        _logger.LogInformation("Publishing {UpstreamSource} and {Count} logs of {Instrument} to {Topic} every {Interval}",
            UpstreamSource, instrument.Logs.Streams.Count, instrument.Name, topic, Interval);
        long tick = 0;
        do
        {
            var now = EpochNanoseconds.Now(clock);
            publisher.Publish(topic, F144Codec.Encode(new F144LogData(UpstreamSource, now, F144Value.Scalar(FakeLogValues.Ramp(tick)))));
            // Distinct times, as separate PV records have: a device's logs would otherwise share one time and the
            // timeseries, which skips repeated times, would keep only the first merged sample of each second.
            var offset = 0;
            foreach (var (log, value) in values.At(tick))
            {
                publisher.Publish(topic, F144Codec.Encode(new F144LogData(log, now + ++offset, F144Value.Scalar(value))));
            }
            tick++;
        }
        while (await WaitAsync(timer, stoppingToken));
        _logger.LogInformation("Fake logs stopped after {Ticks} values per source", tick);
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
