using LiveData.Instruments;

namespace LiveData.Services.Fakes;

/// <summary>
/// Synthetic detector events as upstream's fake produces them: a fixed number per pulse, pixel ids
/// uniform over the stream's inclusive detector_number range, time-of-arrival ~ Normal(30 ms, 10 ms).
/// The buffers are reused from pulse to pulse; callers encode them before asking for the next pulse.
/// </summary>
public sealed class DetectorEventGenerator(DetectorStream stream, int eventsPerPulse, Random random)
{
    private const double MeanToaNs = 30e6;
    private const double ToaSigmaNs = 10e6;
    private readonly int[] _pixelIds = new int[eventsPerPulse];
    private readonly int[] _timeOfArrival = new int[eventsPerPulse];

    public string SourceName => stream.SourceName;

    public (ReadOnlyMemory<int> PixelIds, ReadOnlyMemory<int> TimeOfArrival) NextPulse()
    {
        for (var i = 0; i < _pixelIds.Length; i++)
        {
            _pixelIds[i] = random.Next(stream.FirstDetectorNumber, stream.LastDetectorNumber + 1);
            _timeOfArrival[i] = (int)(MeanToaNs + ToaSigmaNs * random.NextGaussian());
        }
        return (_pixelIds, _timeOfArrival);
    }
}
