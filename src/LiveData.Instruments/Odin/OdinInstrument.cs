using LiveData.Core.Identity;
using LiveData.Instruments.Logs;
using LiveData.Workflows.DetectorView;
using LiveData.Workflows.MonitorHistogram;

namespace LiveData.Instruments.Odin;

/// <summary>ODIN, the imaging instrument: one Timepix3 camera read out as events.</summary>
internal static class OdinInstrument
{
    public const string Name = "odin";

    /// <summary>Pixels along each side of the Timepix3 panel (upstream: detector_number 1–4096²).</summary>
    public const int PanelSide = 4096;

    /// <summary>Pixels along each side of the image the panel is downsampled to.</summary>
    public const int ImageSide = 512;

    public static Instrument Create()
    {
        string[] monitors = ["monitor1", "monitor2"];
        var timepix3 = Timepix3Panel.Bank("timepix3", PanelSide);
        return new Instrument(
            Name,
            monitors,
            [timepix3],
            InstrumentLogs.Of(Name),
            [
                MonitorHistogramSpec.For(Name, monitors),
                DetectorViewSpec.For(new WorkflowId(Name, "odin_detector_xy", 1), "Timepix3 XY Detector Counts", timepix3, Timepix3Panel.DownsampledImage(PanelSide, ImageSide), withRois: true),
            ])
        {
            NicosDevices =
            [
                .. NicosDevice.CountsTotals(MonitorHistogramSpec.Id(Name), monitors),
                .. NicosDevice.CountsTotals(new WorkflowId(Name, "odin_detector_xy", 1), [timepix3.Name]),
            ],
            ProdStreams =
            [
                new("odin_detector", "timepix3", timepix3.Name),
                .. ProdStream.Monitors("odin_beam_monitor", monitors),
            ],
        };
    }
}
