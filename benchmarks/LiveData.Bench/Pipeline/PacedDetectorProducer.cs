using LiveData.Instruments;
using LiveData.Messaging.Configuration;
using LiveData.Messaging.Kafka;
using LiveData.Messaging.Topics;
using LiveData.Services.Fakes;
using LiveData.Wire.Ev44;
using Microsoft.Extensions.Logging;

namespace LiveData.Bench.Pipeline;

/// <summary>
/// Publishes what fake_detectors publishes (one ev44 message per detector stream per 14 Hz pulse, same
/// event distribution, same producer settings) but draws each stream's events once up front and only
/// re-encodes them with each pulse time. Drawing random events costs the fake more CPU than the service
/// spends histogramming them, so on a small machine the fake, not the service, would set the limit.
/// </summary>
public sealed class PacedDetectorProducer : IAsyncDisposable
{
    private readonly KafkaPublisher _publisher;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private PacedDetectorProducer(KafkaSettings settings, Instrument instrument, int eventsPerPulse, ILogger logger)
    {
        _publisher = new KafkaPublisher(settings, logger);
        var topic = InstrumentTopics.For(instrument.Name).Detector;
        var random = new Random(1);
        var pulses = instrument.DetectorStreams.Select(stream =>
        {
            var (pixels, timeOfArrival) = new DetectorEventGenerator(stream, eventsPerPulse, random).NextPulse();
            return (stream.SourceName, Pixels: pixels.ToArray(), TimeOfArrival: timeOfArrival.ToArray());
        }).ToList();
        _loop = Task.Factory.StartNew(
            () => PulseLoop.RunAsync(TimeProvider.System, pulseTime =>
            {
                foreach (var (source, pixels, timeOfArrival) in pulses)
                {
                    _publisher.Publish(topic, Ev44Encoder.Encode(source, 0, [pulseTime], [0], timeOfArrival, pixels));
                }
            }, _stop.Token),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
    }

    public static PacedDetectorProducer Start(KafkaSettings settings, DetectorLoad load, Instrument instrument, ILogger logger) =>
        new(settings, instrument, load.EventsPerMessage, logger);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _publisher.Dispose();
        _stop.Dispose();
    }
}
