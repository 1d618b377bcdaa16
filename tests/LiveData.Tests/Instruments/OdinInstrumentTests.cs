using LiveData.Workflows.DetectorView;

namespace LiveData.Tests.Instruments;

/// <summary>ODIN as upstream declares it (config/instruments/odin/{specs,views,streams}.py).</summary>
public sealed class OdinInstrumentTests
{
    private static readonly Instrument Odin = InstrumentCatalog.Get("odin");

    [Fact]
    public void The_timepix3_and_monitors_are_upstreams()
    {
        // specs.py detector_names=['timepix3'], monitors=['monitor1', 'monitor2']; streams.py detector_fakes (1, 4096**2).
        var timepix3 = Odin.Detectors.Should().ContainSingle().Which;
        timepix3.Name.Should().Be("timepix3");
        (timepix3.FirstDetectorNumber, timepix3.LastDetectorNumber).Should().Be((1, 16_777_216));
        // views.py: "The geometry file has generic dim_0/dim_1 names".
        timepix3.LogicalShape.Select(d => (d.Key, d.Value)).Should().Equal(("dim_0", 4096), ("dim_1", 4096));
        Odin.Monitors.Should().Equal("monitor1", "monitor2");
        Odin.AreaDetectors.Should().BeEmpty();
    }

    [Fact]
    public void Workflows_are_the_monitor_histogram_and_the_xy_view_with_rois()
    {
        // specs.py: register_monitor_workflow_specs, add_logical_view('odin_detector_xy', roi_support=True).
        Odin.Workflows.Select(w => (w.Id.ToString(), w.ServiceName, w.Title)).Should().Equal(
            ("odin/monitor_histogram/1", "monitor_data", "Monitor histogram"),
            ("odin/odin_detector_xy/1", "detector_data", "Timepix3 XY Detector Counts"),
            ("odin/timeseries_data/1", "timeseries", "Timeseries"));
        var xy = Odin.Workflows[1];
        xy.SourceNames.Should().Equal("timepix3");
        xy.Output(DetectorViewSpec.RoiSpectraCumulative).Should().NotBeNull();
        Odin.Workflows[0].SourceNames.Should().Equal("monitor1", "monitor2");
    }

    [Fact]
    public void Prod_streams_are_upstreams()
    {
        // streams.py _make_odin_detectors; _ess.py _make_cbm_monitors maps cbm1.. onto monitor1.. on odin_beam_monitor.
        Odin.ProdStreams.Should().BeEquivalentTo(new ProdStream[]
        {
            new("odin_detector", "timepix3", "timepix3"),
            new("odin_beam_monitor", "cbm1", "monitor1"),
            new("odin_beam_monitor", "cbm2", "monitor2"),
        });
        Odin.DetectorStreams.Should().Equal(new DetectorStream("timepix3", "timepix3", 1, 16_777_216));
    }
}
