using LiveData.Instruments;
using LiveData.Services.Fakes;
using LiveData.Wire.Ev44;

namespace LiveData.Bench.Pipeline;

/// <summary>What fake_detectors offers at a rate multiplier: events per message, the message's wire size, events per second.</summary>
public sealed record DetectorLoad(double Multiplier, int EventsPerMessage, int MessageBytes, int Streams)
{
    public double OfferedEventsPerSecond => EventsPerMessage * Streams * PulseClock.PulseRateHz;

    public double BytesPerEvent => (double)MessageBytes / EventsPerMessage;

    public static DetectorLoad For(Instrument instrument, double multiplier)
    {
        var stream = instrument.DetectorStreams[0];
        var events = new FakeDetectorOptions(instrument.Name, FakeDetectorMode.Ev44, multiplier).EventsPerPulse(instrument.FakeEventsPerPulse);
        var values = new int[events];
        var bytes = Ev44Encoder.Encode(stream.SourceName, 0, [0L], [0], values, values).Length;
        return new DetectorLoad(multiplier, events, bytes, instrument.DetectorStreams.Count);
    }
}
