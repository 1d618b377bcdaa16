using LiveData.Wire.Ev44;
using LiveData.Workflows;

namespace LiveData.Tests.Instruments;

/// <summary>NMX as upstream defines it in config/instruments/nmx/{specs,streams,factories}.py.</summary>
public sealed class NmxInstrumentTests
{
    private const int Ms = 1_000_000;
    private const int PanelPixels = 1280 * 1280;
    private static readonly Instrument Nmx = InstrumentCatalog.Get("nmx");

    // streams.py detector_fakes and factories.py: panel i = i·1280² + 1 .. (i + 1)·1280², folded (x 1280, y 1280).
    [Theory]
    [InlineData("detector_panel_0", 1, 1638400)]
    [InlineData("detector_panel_1", 1638401, 3276800)]
    [InlineData("detector_panel_2", 3276801, 4915200)]
    public void Panels_have_upstreams_ranges_and_logical_shapes(string name, int first, int last)
    {
        var panel = Nmx.Detectors.Single(d => d.Name == name);

        (panel.FirstDetectorNumber, panel.LastDetectorNumber).Should().Be((first, last));
        panel.LogicalShape.Should().Equal(new KeyValuePair<string, int>("x", 1280), new KeyValuePair<string, int>("y", 1280));
        Nmx.DetectorStreams.Should().ContainEquivalentOf(new DetectorStream(name, name, first, last));
    }

    [Fact]
    public void Monitors_are_upstreams()
    {
        // specs.py monitors=['monitor1', 'monitor2']
        Nmx.Monitors.Should().Equal("monitor1", "monitor2");
    }

    [Fact]
    public void Workflows_are_upstreams()
    {
        // specs.py: the monitor histogram and panel_xy 'Detector counts' with ROIs (DetectorROIAuxSources).
        Nmx.Workflows.Select(w => (w.Id.ToString(), w.ServiceName, w.Title)).Should().BeEquivalentTo(new[]
        {
            ("nmx/monitor_histogram/1", "monitor_data", "Monitor histogram"),
            ("nmx/panel_xy/1", "detector_data", "Detector counts"),
            ("nmx/timeseries_data/1", "timeseries", "Timeseries"),
        });
        var panelXy = Nmx.FindWorkflow(new("nmx", "panel_xy", 1))!;
        panelXy.SourceNames.Should().Equal("detector_panel_0", "detector_panel_1", "detector_panel_2");
        panelXy.Output("roi_rectangle").Should().NotBeNull();
        panelXy.Output("counts_total_cumulative").Should().NotBeNull();
    }

    [Fact]
    public void The_panel_view_is_the_identity_fold_with_y_fastest()
    {
        var spec = Nmx.FindWorkflow(new("nmx", "panel_xy", 1))!;
        var workflow = spec.Factory.Create("detector_panel_1", spec.Factory.DefaultParams, NoInstrumentFiles.Instance);
        // Panel 1 starts at 1280² + 1; pixel (x 2, y 5) is 1280² + 1 + 2·1280 + 5.
        int[] pixels = [PanelPixels + 1 + (2 * 1280) + 5, 2 * PanelPixels];
        workflow.Accumulate(new EventStreamData("detector_panel_1", [Ev44Encoder.Encode("detector_panel_1", 0, [0], [0], [30 * Ms, 30 * Ms], pixels)]));

        var image = workflow.Finalize()["cumulative"];

        image.Sizes.Should().Equal(new Dictionary<string, long> { ["x"] = 1280, ["y"] = 1280 });
        image.Data.DoubleValues[(2 * 1280) + 5].Should().Be(1);
        image.Data.DoubleValues[PanelPixels - 1].Should().Be(1);
    }

    [Fact]
    public void Prod_streams_follow_upstreams_topics()
    {
        // streams.py: topics nmx_detector_p{0,1,2} with source 'nmx' (upstream names their target 'nmx_detector',
        // which no workflow reads; here each feeds its panel). _ess.py: monitors as cbm1.. on nmx_beam_monitor.
        Nmx.ProdStreams.Should().BeEquivalentTo(new ProdStream[]
        {
            new("nmx_detector_p0", "nmx", "detector_panel_0"),
            new("nmx_detector_p1", "nmx", "detector_panel_1"),
            new("nmx_detector_p2", "nmx", "detector_panel_2"),
            new("nmx_beam_monitor", "cbm1", "monitor1"),
            new("nmx_beam_monitor", "cbm2", "monitor2"),
        });
    }

    [Fact]
    public void The_fake_sends_upstreams_ten_thousand_events_per_panel_and_pulse()
    {
        // fake_detectors.py: 10_000 events per bank and message for every instrument but bifrost.
        Nmx.FakeEventsPerPulse.Should().Be(10_000);
    }
}
