using LiveData.Workflows;
using LiveData.Workflows.Spectroscopy;

namespace LiveData.Tests.Workflows.Spectroscopy;

/// <summary>a3 per pulse as upstream's "previous" lookup: the newest sample at or before the pulse, 0° before any.</summary>
public sealed class SampleRotationLogTests
{
    private readonly SampleRotationLog _log = new();

    [Fact]
    public void A_pulse_takes_the_newest_sample_at_or_before_it()
    {
        _log.Add([new LogSample(100, 30), new LogSample(200, 90)]);

        Degrees(_log.At(99)).Should().BeApproximately(0, 1e-9, "nothing was logged yet");
        Degrees(_log.At(100)).Should().BeApproximately(30, 1e-9);
        Degrees(_log.At(199)).Should().BeApproximately(30, 1e-9);
        Degrees(_log.At(500)).Should().BeApproximately(90, 1e-9);
    }

    [Fact]
    public void Samples_arriving_out_of_order_are_put_in_time_order()
    {
        _log.Add([new LogSample(200, 90)]);
        _log.Add([new LogSample(100, 30)]);

        Degrees(_log.At(150)).Should().BeApproximately(30, 1e-9);
        _log.LatestDegrees.Should().BeApproximately(90, 1e-9);
    }

    [Fact]
    public void Only_the_newest_samples_are_kept()
    {
        _log.Add([.. Enumerable.Range(0, SampleRotationLog.MaxSamples + 5).Select(i => new LogSample(i, 10))]);
        _log.Add([new LogSample(-1, 45)]);

        Degrees(_log.At(3)).Should().BeApproximately(0, 1e-9, "the oldest samples, up to time 4, were dropped");
        Degrees(_log.At(5)).Should().BeApproximately(10, 1e-9);
    }

    private static double Degrees((double Cosine, double Sine) rotation) => Math.Atan2(rotation.Sine, rotation.Cosine) * 180 / Math.PI;
}
