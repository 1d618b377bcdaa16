using LiveData.Core.Beamline;
using LiveData.Core.Identity;
using LiveData.Instruments.Logs;
using LiveData.Workflows.AreaDetectorView;
using LiveData.Workflows.DetectorView;
using LiveData.Workflows.MonitorHistogram;
using LiveData.Workflows.TotalCounts;

namespace LiveData.Instruments.Dummy;

/// <summary>The test instrument every upstream integration test uses.</summary>
internal static class DummyInstrument
{
    public const string Name = "dummy";

    public static Instrument Create()
    {
        string[] monitors = ["monitor1", "monitor2"];
        var panel = new DetectorBank("panel_0", 1, 16384, [new("y", 128), new("x", 128)]);
        var areaPanel = new AreaDetector("area_panel", 256, 256);
        var logs = InstrumentLogs.Plain("dummy_motion", new("motion1", "mm"), new("motion2", "deg"));
        return new Instrument(
            Name,
            monitors,
            [panel],
            logs,
            [
                MonitorHistogramSpec.For(Name, monitors),
                DetectorViewSpec.For(new WorkflowId(Name, "panel_0_xy", 1), "Panel 0 (x, y)", panel, LogicalView.Identity([.. panel.LogicalShape]), withRois: true),
                DetectorViewSpec.For(new WorkflowId(Name, "panel_0_layers", 1), "Panel 0 layers", panel,
                    LogicalView.Identity(new("layer", 4), new("y", 32), new("x", 128)), withRois: false),
                AreaDetectorViewWorkflow.Spec(new WorkflowId(Name, "area_panel_xy", 1), areaPanel),
                TotalCountsWorkflow.Spec(new WorkflowId(Name, TotalCountsWorkflow.WorkflowName, 1), panel),
            ])
        {
            AreaDetectors = [areaPanel],
            NicosDevices =
            [
                .. NicosDevice.CountsTotals(MonitorHistogramSpec.Id(Name), monitors),
                .. NicosDevice.CountsTotals(new WorkflowId(Name, "panel_0_xy", 1), [panel.Name]),
                .. NicosDevice.CountsTotals(new WorkflowId(Name, "area_panel_xy", 1), [areaPanel.Name]),
            ],
            ProdStreams =
            [
                new("dummy_detector", "panel_0", "panel_0"),
                new("dummy_area_detector", "area_panel", "area_panel"),
                new("dummy_beam_monitor", "cbm1", "monitor1"),
                new("dummy_beam_monitor", "cbm2", "monitor2"),
            ],
        };
    }
}
