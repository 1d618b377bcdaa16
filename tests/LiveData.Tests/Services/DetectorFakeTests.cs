using LiveData.Core.Beamline;
using LiveData.Services.Fakes;

namespace LiveData.Tests.Services;

public sealed class DetectorFakeTests
{
    [Fact]
    public void Detector_events_are_uniform_over_the_inclusive_range_around_30_ms()
    {
        var generator = new DetectorEventGenerator(new DetectorStream("panel_0", "panel_0", 1, 16384), 10_000, new Random(1));

        var (pixels, timeOfArrival) = generator.NextPulse();

        pixels.Length.Should().Be(10_000);
        pixels.ToArray().Should().OnlyContain(p => p >= 1 && p <= 16384);
        pixels.ToArray().Should().Contain(p => p < 1000).And.Contain(p => p > 15_000);
        timeOfArrival.ToArray().Average().Should().BeApproximately(30e6, 0.5e6);
    }

    [Fact]
    public void Bifrost_sends_a_thousand_events_and_dummy_ten_thousand()
    {
        InstrumentCatalog.Get("bifrost").FakeEventsPerPulse.Should().Be(1_000);
        InstrumentCatalog.Get("dummy").FakeEventsPerPulse.Should().Be(10_000);
    }

    [Fact]
    public void Area_frames_have_an_orbiting_blob_over_noise()
    {
        var generator = new AreaImageGenerator(new AreaDetector("area_panel", 256, 256), new Random(1));

        var first = generator.NextFrame().ToArray();
        var brightest = Array.IndexOf(first, first.Max());
        for (var i = 1; i < AreaImageGenerator.OrbitFrames / 2; i++)
        {
            generator.NextFrame();
        }
        var half = generator.NextFrame().ToArray();

        first.Length.Should().Be(256 * 256);
        first.Max().Should().BeInRange((ushort)480, (ushort)560, "the blob peaks at 500 plus noise");
        ((double)first.Select(v => (int)v).Order().ElementAt(first.Length / 2)).Should().BeApproximately(5, 1, "most pixels are Poisson(5) noise");
        Array.IndexOf(half, half.Max()).Should().NotBe(brightest, "half an orbit later the blob is elsewhere");
    }

    [Fact]
    public void The_log_ramp_goes_up_to_90_and_back()
    {
        FakeLogValues.Ramp(0).Should().Be(0);
        FakeLogValues.Ramp(50).Should().Be(90);
        FakeLogValues.Ramp(100).Should().Be(0);
        FakeLogValues.Ramp(25).Should().Be(45);
    }
}
