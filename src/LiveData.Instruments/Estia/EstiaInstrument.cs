using LiveData.Core.Beamline;
using LiveData.Core.Identity;
using LiveData.Instruments.Logs;
using LiveData.Workflows;
using LiveData.Workflows.DetectorView;
using LiveData.Workflows.MonitorHistogram;
using LiveData.Workflows.Reflectometry;

namespace LiveData.Instruments.Estia;

/// <summary>ESTIA, the reflectometer: one multiblade detector of 64 strips × 48 blades × 32 wires and one beam monitor.</summary>
internal static class EstiaInstrument
{
    public const string Name = "estia";
    public const string MultibladeView = "estia_multiblade_detector_view";

    public static Instrument Create()
    {
        string[] monitors = ["cbm1"];
        // 98,304 pixels with ids 98305–196608, folded as essreflectometry's DETECTOR_BANK_SIZES (strip, blade, wire).
        var multiblade = new DetectorBank("multiblade_detector", 98305, 196608, [new("strip", 64), new("blade", 48), new("wire", 32)]);
        var monitorHistogram = MonitorHistogramSpec.Id(Name);
        var view = new WorkflowId(Name, MultibladeView, 1);
        return new Instrument(
            Name,
            monitors,
            [multiblade],
            InstrumentLogs.Of(Name),
            [
                MonitorHistogramSpec.For(monitorHistogram, monitors),
                DetectorViewSpec.For(view, "Multiblade Detector", multiblade, LogicalView.Identity([.. multiblade.LogicalShape]), withRois: false,
                    // Summed across strips (constant scattering angle): a spectrum per blade and wire.
                    SpectrumView.Keeping("blade", "wire")),
                ReflectometryReductionSpec.For(Name, multiblade.Name,
                    new MultibladeBank(multiblade.FirstDetectorNumber, multiblade.LogicalShape[0].Value, multiblade.LogicalShape[1].Value, multiblade.LogicalShape[2].Value)),
            ])
        {
            ProdStreams =
            [
                new("estia_detector", "multiblade", multiblade.Name),
                .. ProdStream.Monitors("estia_beam_monitor", monitors),
            ],
            NicosDevices =
            [
                .. NicosDevice.CountsTotals(monitorHistogram, monitors),
                .. NicosDevice.CountsTotals(view, [multiblade.Name]),
            ],
        };
    }
}
