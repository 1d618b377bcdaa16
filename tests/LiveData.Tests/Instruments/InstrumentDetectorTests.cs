using LiveData.Core.Beamline;

namespace LiveData.Tests.Instruments;

public sealed class InstrumentDetectorTests
{
    public static TheoryData<string> Instruments => new(InstrumentCatalog.Names.ToArray());

    [Theory]
    [MemberData(nameof(Instruments))]
    public void Every_detector_stream_feeds_a_detector_within_its_range(string name)
    {
        var instrument = InstrumentCatalog.Get(name);
        foreach (var stream in instrument.DetectorStreams)
        {
            var detector = instrument.Detectors.Single(d => d.Name == stream.Detector);
            stream.FirstDetectorNumber.Should().BeGreaterThanOrEqualTo(detector.FirstDetectorNumber);
            stream.LastDetectorNumber.Should().BeLessThanOrEqualTo(detector.LastDetectorNumber);
        }
        instrument.Detectors.Select(d => d.Name).Should().BeSubsetOf(instrument.DetectorStreams.Select(s => s.Detector));
    }

    [Theory]
    [MemberData(nameof(Instruments))]
    public void Every_prod_stream_maps_onto_a_known_stream(string name)
    {
        var instrument = InstrumentCatalog.Get(name);
        var known = instrument.Monitors.Concat(instrument.Detectors.Select(d => d.Name)).Concat(instrument.AreaDetectors.Select(a => a.Name));

        instrument.ProdStreams.Select(p => p.Stream).Should().BeSubsetOf(known);
        instrument.ProdStreams.Select(p => p.Stream).Should().Contain(instrument.Detectors.Select(d => d.Name));
    }

    [Fact]
    public void Production_topics_are_the_ecdc_detector_and_monitor_topics_and_the_log_topics() =>
        InstrumentCatalog.Get("tbl").ProdTopics.Should().Equal(
            "tbl_area_detector_orca", "tbl_beam_monitor", "tbl_choppers", "tbl_detector_3he", "tbl_detector_mb", "tbl_detector_ngem",
            "tbl_detector_tpx3", "tbl_motion", "tbl_sample_env", "tn_data_general");

    [Theory]
    [InlineData("dummy", "panel_0", 1, 16384)]
    [InlineData("bifrost", "unified_detector", 1, 13500)]
    [InlineData("dream", "mantle_detector", 229377, 720896)]
    [InlineData("dream", "high_resolution_detector", 1122337, 1523680)]
    [InlineData("loki", "loki_detector_0", 1, 802816)]
    [InlineData("loki", "loki_detector_1", 802817, 1032192)]
    [InlineData("loki", "loki_detector_2", 1032193, 1204224)]
    [InlineData("loki", "loki_detector_5", 1605633, 2007040)]
    [InlineData("loki", "loki_detector_7", 2465793, 2752512)]
    [InlineData("loki", "loki_detector_8", 2752513, 3211264)]
    [InlineData("beer", "beer_detector_s2", 1, 12_000_000)]
    [InlineData("beer", "beer_detector_n2", 12_000_001, 24_000_000)]
    [InlineData("estia", "multiblade_detector", 98305, 196608)]
    public void Detector_number_ranges_are_upstreams(string instrument, string detector, int first, int last)
    {
        var bank = InstrumentCatalog.Get(instrument).Detectors.Single(d => d.Name == detector);

        (bank.FirstDetectorNumber, bank.LastDetectorNumber).Should().Be((first, last));
    }

    [Fact]
    public void Dummy_has_its_area_detector_logs_and_workflows()
    {
        var dummy = InstrumentCatalog.Get("dummy");

        dummy.AreaDetectors.Should().ContainSingle().Which.Should().Be(new AreaDetector("area_panel", 256, 256));
        dummy.Logs.Find("motion1")!.Unit.Should().Be("mm");
        dummy.Workflows.Select(w => (w.Id.Name, w.ServiceName)).Should().BeEquivalentTo(new[]
        {
            ("monitor_histogram", "monitor_data"), ("panel_0_xy", "detector_data"), ("panel_0_layers", "detector_data"),
            ("area_panel_xy", "detector_data"), ("total_counts", "data_reduction"), ("timeseries_data", "timeseries"),
        });
        dummy.FindWorkflow(new("dummy", "timeseries_data", 1))!.SupportsReset.Should().BeFalse();
    }
}
