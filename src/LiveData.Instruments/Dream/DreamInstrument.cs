using LiveData.Core.Beamline;
using LiveData.Core.Identity;
using LiveData.Instruments.Logs;
using LiveData.Workflows;
using LiveData.Workflows.DetectorView;
using LiveData.Workflows.DetectorView.Projection;
using LiveData.Workflows.MonitorHistogram;
using LiveData.Workflows.Powder;

namespace LiveData.Instruments.Dream;

/// <summary>DREAM, the powder diffractometer.</summary>
internal static class DreamInstrument
{
    public const string Name = "dream";

    // Smoothing noise of the projections' pixel positions: 4 mm, shared by all banks as upstream.
    private static readonly GaussianNoise PixelNoise = new(0.004);

    public static Instrument Create()
    {
        string[] monitors = ["monitor_bunker", "monitor_cave"];
        var mantle = new DetectorBank("mantle_detector", 229377, 720896,
            [new("module", 5), new("segment", 6), new("counter", 2), new("wire", 32), new("strip", 256)]);
        DetectorBank[] detectors =
        [
            mantle,
            Flat("endcap_backward_detector", 71618, 229376),
            Flat("endcap_forward_detector", 1, 71680),
            Flat("high_resolution_detector", 1122337, 1523680),
            Flat("sans_detector", 720929, 1122272),
        ];
        string[] banks = [.. detectors.Select(d => d.Name)];
        string[] mantleColumn = ["module", "segment", "counter"];
        return new Instrument(
            Name,
            monitors,
            detectors,
            InstrumentLogs.Of(Name),
            [
                MonitorHistogramSpec.For(Name, monitors),
                DetectorViewSpec.For(new WorkflowId(Name, "mantle_front_layer", 1), "Mantle front layer", mantle,
                    new LogicalView(mantle.LogicalShape, [mantleColumn, ["strip"]], new Dictionary<string, int> { ["wire"] = 0 }), withRois: true),
                DetectorViewSpec.For(new WorkflowId(Name, "wire_view", 1), "Mantle wires", mantle, new LogicalView(mantle.LogicalShape, [mantleColumn, ["wire"]]), withRois: true),
                DetectorViewSpec.For(new WorkflowId(Name, "strip_view", 1), "Mantle strips", mantle, new LogicalView(mantle.LogicalShape, [["strip"]]), withRois: false),
                DetectorViewSpec.Projection(new WorkflowId(Name, "detector_projection", 1), "Detector Projection", Projections(mantle.Name)),
                PowderReductionSpec.Spec(Name, banks),
                PowderReductionSpec.WithVanadiumSpec(Name, banks),
                WavelengthLut.Unavailable(Name, ["pulse_shaping_chopper1", "pulse_shaping_chopper2", "band_chopper", "overlap_chopper", "T0_chopper"]),
            ])
        {
            NicosDevices =
            [
                .. NicosDevice.CountsTotals(MonitorHistogramSpec.Id(Name), monitors),
                .. NicosDevice.CountsTotals(new WorkflowId(Name, "detector_projection", 1), banks),
            ],
            ProdStreams =
            [
                new("dream_detector_mantle", "dream", mantle.Name),
                new("dream_detector_bwec", "dream", "endcap_backward_detector"),
                new("dream_detector_fwec", "dream", "endcap_forward_detector"),
                new("dream_detector_hr", "dream", "high_resolution_detector"),
                new("dream_detector_sans", "dream", "sans_detector"),
                .. ProdStream.Monitors("dream_beam_monitor", monitors),
            ],
        };
    }

    // Upstream's per-bank projections; banks downstream of the sample are flipped so that x reads left to right.
    private static KeyValuePair<string, GeometricViewConfig>[] Projections(string mantle) =>
    [
        new(mantle, new(ProjectionType.CylinderMantleZ, [new("arc_length", 80), new("z", 320)], PixelNoise)),
        new("endcap_backward_detector", new(ProjectionType.XyPlane, [new("y", 240), new("x", 160)], PixelNoise)),
        new("endcap_forward_detector", new(ProjectionType.XyPlane, [new("y", 160), new("x", 160)], PixelNoise, FlipX: true)),
        new("high_resolution_detector", new(ProjectionType.XyPlane, [new("y", 160), new("x", 160)], PixelNoise)),
        new("sans_detector", new(ProjectionType.XyPlane, [new("y", 160), new("x", 160)], PixelNoise, FlipX: true)),
    ];

    // Banks without a logical view here: one flat axis of detector numbers.
    private static DetectorBank Flat(string name, int first, int last) => new(name, first, last, [new("detector_number", last - first + 1)]);
}
