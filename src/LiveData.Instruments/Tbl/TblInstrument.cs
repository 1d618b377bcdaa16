using LiveData.Core.Beamline;
using LiveData.Core.Identity;
using LiveData.Instruments.Logs;
using LiveData.Workflows.AreaDetectorView;
using LiveData.Workflows.DetectorView;
using LiveData.Workflows.MonitorHistogram;

namespace LiveData.Instruments.Tbl;

/// <summary>TBL, the test beamline: a detector of each kind ESS uses (Timepix3, multiblade, ³He tubes, nGEM) and an ORCA camera.</summary>
internal static class TblInstrument
{
    public const string Name = "tbl";

    // Upstream's fake panel sizes (tbl/streams.py), which it notes are not the production ones.
    private const int Timepix3Side = 4096;
    private const int ImageSide = 512;
    private const int Blades = 14;
    private const int Wires = 32;
    private const int Strips = 64;
    private const int He3Tubes = 4;
    private const int He3PixelsPerTube = 100;
    private const int NgemLayers = 2;
    private const int NgemSide = 128;

    public static Instrument Create()
    {
        string[] monitors = ["monitor_1"];
        var timepix3 = Timepix3Panel.Bank("timepix3_detector", Timepix3Side);
        var multiblade = new DetectorBank("multiblade_detector", 1, Blades * Wires * Strips, [new("detector_number", Blades * Wires * Strips)]);
        var he3Bank0 = He3Bank("he3_detector_bank0", 1);
        var he3Bank1 = He3Bank("he3_detector_bank1", He3Tubes * He3PixelsPerTube + 1);
        var ngem = new DetectorBank("ngem_detector", 1, NgemLayers * NgemSide * NgemSide, [new("dim_0", NgemLayers), new("dim_1", NgemSide), new("dim_2", NgemSide)]);
        // Upstream fakes the ORCA at 512×512 (its real 2048×2048 frames exceed dev message limits); the view renames the
        // frame's dims to x, y and folds any larger frame onto 512×512 (views.py fold_image).
        var orca = new AreaDetector("orca_detector", ImageSide, ImageSide);
        return new Instrument(
            Name,
            monitors,
            [timepix3, multiblade, he3Bank0, he3Bank1, ngem],
            InstrumentLogs.Of(Name),
            [
                MonitorHistogramSpec.For(Name, monitors),
                DetectorViewSpec.For(new WorkflowId(Name, "tbl_detector_timepix3", 1), "Timepix3 Detector", timepix3,
                    Timepix3Panel.DownsampledImage(Timepix3Side, ImageSide), withRois: true),
                // Upstream offers ROIs on this 3-D view too; LiveData's ROIs need a 2-D screen, so it has none here.
                DetectorViewSpec.For(new WorkflowId(Name, "multiblade_detector_view", 1), "Multiblade Detector", multiblade,
                    LogicalView.Identity(new("blade", Blades), new("wire", Wires), new("strip", Strips)), withRois: false),
                DetectorViewSpec.For(new WorkflowId(Name, "he3_detector_view", 1), "He3 Detector", [he3Bank0, he3Bank1],
                    _ => LogicalView.Identity(new("tube", He3Tubes), new("pixel", He3PixelsPerTube)), withRois: true),
                DetectorViewSpec.For(new WorkflowId(Name, "ngem_detector_view", 1), "NGEM Detector", ngem,
                    new LogicalView(ngem.LogicalShape, [["dim_1"], ["dim_2"]]), withRois: true),
                AreaDetectorViewWorkflow.Spec(new WorkflowId(Name, "tbl_area_detector_orca", 1), orca, new AreaImageView("x", "y", ImageSide, ImageSide)) with { Title = "Orca Detector" },
                // Bandwidth choppers in beam order (specs.py).
                WavelengthLut.Unavailable(Name, ["bwc_2", "bwc_1"]),
            ])
        {
            AreaDetectors = [orca],
            NicosDevices =
            [
                .. NicosDevice.CountsTotals(MonitorHistogramSpec.Id(Name), monitors),
                .. NicosDevice.CountsTotals(new WorkflowId(Name, "tbl_detector_timepix3", 1), [timepix3.Name]),
                .. NicosDevice.CountsTotals(new WorkflowId(Name, "multiblade_detector_view", 1), [multiblade.Name]),
                .. NicosDevice.CountsTotals(new WorkflowId(Name, "he3_detector_view", 1), [he3Bank0.Name, he3Bank1.Name]),
                .. NicosDevice.CountsTotals(new WorkflowId(Name, "ngem_detector_view", 1), [ngem.Name]),
                .. NicosDevice.CountsTotals(new WorkflowId(Name, "tbl_area_detector_orca", 1), [orca.Name]),
            ],
            ProdStreams =
            [
                new("tbl_detector_tpx3", "timepix3", timepix3.Name),
                new("tbl_detector_mb", "multiblade", multiblade.Name),
                new("tbl_detector_3he", "bank0", he3Bank0.Name),
                new("tbl_detector_3he", "bank1", he3Bank1.Name),
                new("tbl_detector_ngem", "tbl-ngem", ngem.Name),
                new("tbl_area_detector_orca", "hama_kfk1", orca.Name),
                .. ProdStream.Monitors("tbl_beam_monitor", monitors),
            ],
        };
    }

    // A bank of ³He tubes; the geometry's dims dim_0 (tube) and dim_1 (pixel) are what upstream's view renames.
    private static DetectorBank He3Bank(string name, int first) =>
        new(name, first, first + He3Tubes * He3PixelsPerTube - 1, [new("dim_0", He3Tubes), new("dim_1", He3PixelsPerTube)]);
}
