using LiveData.Wire.Ev44;
using LiveData.Workflows;
using LiveData.Workflows.DetectorView;

namespace LiveData.Tests.Instruments;

/// <summary>BEER as upstream's config/instruments/beer/{specs,views,streams}.py define it.</summary>
public sealed class BeerInstrumentTests
{
    private static readonly Instrument Beer = InstrumentCatalog.Get("beer");

    private static DetectorViewSpec ViewFactory(string view) => (DetectorViewSpec)Beer.FindWorkflow(new("beer", view, 1))!.Factory;

    private static DataArray CurrentImage(string view, string bank, params int[] detectorNumbers)
    {
        var workflow = ViewFactory(view).Create(bank, JsonDocument.Parse("{}").RootElement, NoInstrumentFiles.Instance);
        workflow.Accumulate(new EventStreamData(bank, [Ev44Encoder.Encode(bank, 0, [0], [0], [.. detectorNumbers.Select(_ => 1_000_000)], detectorNumbers)]));
        return workflow.Finalize()["current"];
    }

    [Fact]
    public void The_banks_have_upstreams_ranges_and_panel_y_x_shape()
    {
        // specs.py detector_pixel_ranges; views.py BANK_SIZES = {'panel': 12, 'y': 1000, 'x': 1000}.
        Beer.Detectors.Select(d => (d.Name, d.FirstDetectorNumber, d.LastDetectorNumber)).Should().Equal(
            ("beer_detector_s2", 1, 12_000_000), ("beer_detector_n2", 12_000_001, 24_000_000));
        Beer.Detectors.Should().AllSatisfy(d => d.LogicalShape.Select(s => (s.Key, s.Value)).Should().Equal(("panel", 12), ("y", 1000), ("x", 1000)));
    }

    [Fact]
    public void Monitors_are_named_after_their_sources()
    {
        // specs.py monitor_names.
        Beer.Monitors.Should().Equal("cbm1", "cbm2", "hereon");
    }

    [Fact]
    public void The_workflows_are_upstreams_monitor_histogram_bank_and_panel_views()
    {
        Beer.Workflows.Select(w => (w.Id.ToString(), w.ServiceName, w.Title)).Should().Equal(
            ("beer/monitor_histogram/1", "monitor_data", "Monitor histogram"),
            ("beer/bank_view/1", "detector_data", "Detector Bank"),
            ("beer/panel_view/1", "detector_data", "Detector Panels"),
            ("beer/timeseries_data/1", "timeseries", "Timeseries"));
        Beer.WorkflowsOf("detector_data").Should().AllSatisfy(w => w.SourceNames.Should().Equal("beer_detector_s2", "beer_detector_n2"));
        // bank_view keeps roi_support's default (True), panel_view sets roi_support=False.
        Beer.FindWorkflow(new("beer", "bank_view", 1))!.Outputs.Select(o => o.Name).Should().Contain("roi_spectra_cumulative");
        Beer.FindWorkflow(new("beer", "panel_view", 1))!.Outputs.Select(o => o.Name).Should().NotContain("roi_spectra_cumulative");
    }

    [Fact]
    public void The_bank_view_sums_the_panels_onto_4_mm_pixels()
    {
        // views.py _BANK_VIEW_FACTOR = 4: 1000 / 4 = 250 per side, panel/y_bin/x_bin summed.
        var image = CurrentImage("bank_view", "beer_detector_s2",
            1, 1 + 3, 1 + 3 * 1000, 1 + 1_000_000, // panel 0 (y 0, x 0..3, y 3) and panel 1 (y 0, x 0): all on (0, 0)
            1 + 4, 1 + 4 * 1000, 12_000_000);     // x 4 → (0, 1); y 4 → (1, 0); the last pixel → (249, 249)

        image.Sizes.Should().Equal(new Dictionary<string, long> { ["y"] = 250, ["x"] = 250 });
        image.Data.DoubleValues[0].Should().Be(4);
        image.Data.DoubleValues[1].Should().Be(1);
        image.Data.DoubleValues[250].Should().Be(1);
        image.Data.DoubleValues[250 * 250 - 1].Should().Be(1);
    }

    [Fact]
    public void The_panel_view_keeps_the_panels_at_8_mm_pixels()
    {
        // views.py _PANEL_VIEW_FACTOR = 8: 12 panels of 125 × 125; the north bank starts at 12,000,001.
        var image = CurrentImage("panel_view", "beer_detector_n2", 12_000_001, 12_000_001 + 7, 12_000_001 + 8, 12_000_001 + 1_000_000);

        image.Sizes.Should().Equal(new Dictionary<string, long> { ["panel"] = 12, ["y"] = 125, ["x"] = 125 });
        image.Data.DoubleValues[0].Should().Be(2);
        image.Data.DoubleValues[1].Should().Be(1);
        image.Data.DoubleValues[125 * 125].Should().Be(1);
    }

    [Fact]
    public void Prod_streams_are_upstreams()
    {
        // streams.py: detector_a/detector_b on beer_detector; monitors on beer_beam_monitor under their own names.
        Beer.ProdStreams.Should().Equal(
            new ProdStream("beer_detector", "detector_a", "beer_detector_s2"),
            new ProdStream("beer_detector", "detector_b", "beer_detector_n2"),
            new ProdStream("beer_beam_monitor", "cbm1", "cbm1"),
            new ProdStream("beer_beam_monitor", "cbm2", "cbm2"),
            new ProdStream("beer_beam_monitor", "hereon", "hereon"));
    }

    [Fact]
    public void The_fakes_publish_each_bank_over_its_whole_range_under_its_own_name()
    {
        // streams.py detector_fakes = detector_pixel_ranges.
        Beer.DetectorStreams.Should().Equal(
            new DetectorStream("beer_detector_s2", "beer_detector_s2", 1, 12_000_000),
            new DetectorStream("beer_detector_n2", "beer_detector_n2", 12_000_001, 24_000_000));
    }

    [Fact]
    public void Nicos_devices_are_upstreams_device_contract()
    {
        // beer/device_contract.yaml.
        Beer.NicosDevices.Select(d => (d.DeviceName, d.WorkflowId.ToString(), d.SourceName, d.OutputName)).Should().Equal(
            ("cbm1_counts_total", "beer/monitor_histogram/1", "cbm1", "counts_total_cumulative"),
            ("cbm2_counts_total", "beer/monitor_histogram/1", "cbm2", "counts_total_cumulative"),
            ("hereon_counts_total", "beer/monitor_histogram/1", "hereon", "counts_total_cumulative"),
            ("beer_detector_s2_counts_total", "beer/bank_view/1", "beer_detector_s2", "counts_total_cumulative"),
            ("beer_detector_n2_counts_total", "beer/bank_view/1", "beer_detector_n2", "counts_total_cumulative"));
    }
}
