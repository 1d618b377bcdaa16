using LiveData.Core.Beamline;
using LiveData.Core.Identity;
using LiveData.Instruments.Logs;
using LiveData.Workflows;
using LiveData.Workflows.DetectorView;
using LiveData.Workflows.DetectorView.Projection;
using LiveData.Workflows.MonitorHistogram;
using LiveData.Workflows.Sans;

namespace LiveData.Instruments.Loki;

/// <summary>LoKI, the small-angle scattering instrument.</summary>
internal static class LokiInstrument
{
    public const string Name = "loki";
    private const int Straws = 7;
    private const int PixelsPerStraw = 256;

    // Tubes per bank; with 7 straws of 256 pixels each they give upstream's ranges (1–802816, …, 2752513–3211264).
    private static readonly int[] TubesPerBank = [448, 128, 96, 128, 96, 224, 256, 160, 256];

    // Screen bins (y, x) per bank: the rear bank, then the two window frames, whose banks are alternately wide and tall.
    private static readonly KeyValuePair<string, int>[][] Resolutions =
    [
        [new("y", 144), new("x", 144)],
        [new("y", 36), new("x", 108)], [new("y", 108), new("x", 36)], [new("y", 36), new("x", 108)], [new("y", 108), new("x", 36)],
        [new("y", 36), new("x", 108)], [new("y", 108), new("x", 36)], [new("y", 36), new("x", 108)], [new("y", 108), new("x", 36)],
    ];

    public static Instrument Create()
    {
        string[] monitors = ["beam_monitor_m0", "beam_monitor_m1", "beam_monitor_m2", "beam_monitor_m3", "beam_monitor_m4"];
        var banks = Banks().ToList();
        return new Instrument(
            Name,
            monitors,
            banks,
            InstrumentLogs.Of(Name),
            [
                MonitorHistogramSpec.For(Name, monitors),
                DetectorViewSpec.For(new WorkflowId(Name, "tube_view", 1), "Tube view", banks, b => new LogicalView(b.LogicalShape, [["pixel"], ["tube"]]), withRois: false),
                DetectorViewSpec.Projection(new WorkflowId(Name, "detector_xy_projection", 1), "Detector XY Projection",
                    [.. banks.Select((b, i) => new KeyValuePair<string, GeometricViewConfig>(b.Name, new(ProjectionType.XyPlane, Resolutions[i], new CylindricalNoise(), FlipX: true)))]),
                SansIofQSpec.For(new WorkflowId(Name, "i_of_q", 1), banks,
                    new AuxSource(SansIofQSpec.IncidentRole, "Incident monitor", ["beam_monitor_m1"], "beam_monitor_m1"),
                    new AuxSource(SansIofQSpec.TransmissionRole, "Transmission monitor", ["beam_monitor_m3"], "beam_monitor_m3")),
                WavelengthLut.Unavailable(Name, ["bw_chopper1", "bw_chopper2", "fo_chopper1", "fo_chopper2"]),
            ])
        {
            NicosDevices =
            [
                .. NicosDevice.CountsTotals(MonitorHistogramSpec.Id(Name), monitors),
                .. NicosDevice.CountsTotals(new WorkflowId(Name, "detector_xy_projection", 1), banks.Select(b => b.Name)),
            ],
            ProdStreams =
            [
                .. banks.Select((b, i) => new ProdStream($"loki_detector_bank{i}", "caen", b.Name)),
                .. ProdStream.Monitors("loki_beam_monitor", monitors),
            ],
        };
    }

    private static IEnumerable<DetectorBank> Banks()
    {
        var first = 1;
        for (var bank = 0; bank < TubesPerBank.Length; bank++)
        {
            var pixels = TubesPerBank[bank] * Straws * PixelsPerStraw;
            yield return new DetectorBank($"loki_detector_{bank}", first, first + pixels - 1,
                [new("tube", TubesPerBank[bank]), new("straw", Straws), new("pixel", PixelsPerStraw)]);
            first += pixels;
        }
    }
}
