namespace LiveData.Tests.Messaging;

public sealed class InstrumentTopicsTests
{
    [Fact]
    public void Topics_are_named_after_the_instrument()
    {
        var topics = InstrumentTopics.For("bifrost");

        topics.BeamMonitor.Should().Be("bifrost_beam_monitor");
        topics.Detector.Should().Be("bifrost_detector");
        topics.AreaDetector.Should().Be("bifrost_area_detector");
        topics.Motion.Should().Be("bifrost_motion");
        topics.Commands.Should().Be("bifrost_livedata_commands");
        topics.Data.Should().Be("bifrost_livedata_data");
        topics.Responses.Should().Be("bifrost_livedata_responses");
        topics.Roi.Should().Be("bifrost_livedata_roi");
        topics.Heartbeat.Should().Be("bifrost_livedata_heartbeat");
        topics.NicosData.Should().Be("bifrost_livedata_nicos_data");
        topics.Filewriter.Should().Be("bifrost_filewriter");
    }

    [Fact]
    public void All_lists_raw_livedata_nicos_and_filewriter_topics_once()
    {
        var topics = InstrumentTopics.For("dummy");

        topics.All.Should().BeEquivalentTo(
        [
            "dummy_beam_monitor", "dummy_detector", "dummy_area_detector", "dummy_motion",
            "dummy_livedata_commands", "dummy_livedata_data", "dummy_livedata_responses",
            "dummy_livedata_roi", "dummy_livedata_heartbeat", "dummy_livedata_nicos_data",
            "dummy_filewriter",
        ]);
        topics.All.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Topic_sets_compare_by_instrument_and_namespace()
    {
        InstrumentTopics.For("loki").Should().Be(InstrumentTopics.For("loki"));
        InstrumentTopics.For("loki").Should().NotBe(InstrumentTopics.For("dream"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("slash/name")]
    [InlineData("trailing\n")]
    public void Names_that_cannot_form_topics_are_rejected(string instrument)
    {
        var act = () => InstrumentTopics.For(instrument);

        act.Should().Throw<ArgumentException>();
    }
}
