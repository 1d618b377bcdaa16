using LiveData.Core.Beamline;
using LiveData.Core.Identity;
using LiveData.Instruments.Logs;
using LiveData.Workflows.DetectorView;
using LiveData.Workflows.MonitorHistogram;

namespace LiveData.Instruments.Nmx;

/// <summary>NMX, the macromolecular diffractometer: three 1280 × 1280 detector panels and two monitors.</summary>
internal static class NmxInstrument
{
    public const string Name = "nmx";
    private const int PanelSide = 1280;
    private const int Panels = 3;

    public static Instrument Create()
    {
        string[] monitors = ["monitor1", "monitor2"];
        // Panel i holds detector numbers i·1280² + 1 … (i + 1)·1280², folded (x, y) with y fastest.
        var panels = Enumerable.Range(0, Panels)
            .Select(i => new DetectorBank($"detector_panel_{i}", i * PanelSide * PanelSide + 1, (i + 1) * PanelSide * PanelSide,
                [new("x", PanelSide), new("y", PanelSide)]))
            .ToList();
        return new Instrument(
            Name,
            monitors,
            panels,
            InstrumentLogs.Of(Name),
            [
                MonitorHistogramSpec.For(Name, monitors),
                DetectorViewSpec.For(new WorkflowId(Name, "panel_xy", 1), "Detector counts", panels,
                    p => LogicalView.Identity([.. p.LogicalShape]), withRois: true),
            ])
        {
            NicosDevices =
            [
                .. NicosDevice.CountsTotals(MonitorHistogramSpec.Id(Name), monitors),
                .. NicosDevice.CountsTotals(new WorkflowId(Name, "panel_xy", 1), panels.Select(p => p.Name)),
            ],
            ProdStreams =
            [
                // Upstream maps topic nmx_detector_p{i} (source 'nmx') onto a stream 'nmx_detector' that no
                // workflow reads; here each panel topic feeds its own panel.
                .. panels.Select((p, i) => new ProdStream($"nmx_detector_p{i}", "nmx", p.Name)),
                .. ProdStream.Monitors("nmx_beam_monitor", monitors),
            ],
        };
    }
}
