using LiveData.Services.Fakes;

namespace LiveData.Tests.Services;

/// <summary>Which stream fake_detectors publishes a recorded NXdetector's events under.</summary>
public sealed class RecordedDetectorStreamTests
{
    [Fact]
    public void A_bank_that_is_its_own_stream_keeps_its_name()
    {
        FakeDetectorProducer.StreamOf(InstrumentCatalog.Get("dream"), "mantle_detector").Should().Be("mantle_detector");
    }

    [Fact]
    public void BIFROSTs_unified_detector_goes_out_on_its_first_triplet_stream_which_routes_to_it()
    {
        var bifrost = InstrumentCatalog.Get("bifrost");

        var stream = FakeDetectorProducer.StreamOf(bifrost, "unified_detector");

        stream.Should().Be("125_channel_1_1_triplet");
        bifrost.DetectorStreams.Single(s => s.SourceName == stream).Detector.Should().Be("unified_detector");
    }

    [Fact]
    public void A_group_that_names_no_bank_keeps_its_name()
    {
        FakeDetectorProducer.StreamOf(InstrumentCatalog.Get("bifrost"), "no_such_detector").Should().Be("no_such_detector");
    }
}
