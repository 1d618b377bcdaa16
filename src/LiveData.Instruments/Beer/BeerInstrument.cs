using LiveData.Core.Beamline;
using LiveData.Core.Identity;
using LiveData.Instruments.Logs;
using LiveData.Workflows.DetectorView;
using LiveData.Workflows.MonitorHistogram;

namespace LiveData.Instruments.Beer;

/// <summary>
/// BEER, the engineering diffractometer: two banks (south at −90°, north at +90°) of 12 panels of
/// 1000 × 1000 one-millimetre pixels each, shown downsampled (upstream's <c>bank_view</c> at 4 mm and
/// <c>panel_view</c> at 8 mm), and three beam monitors named after their Kafka sources.
/// </summary>
internal static class BeerInstrument
{
    public const string Name = "beer";
    public const string BankView = "bank_view";
    public const string PanelView = "panel_view";
    private const int Panels = 12;
    private const int PixelsPerSide = 1000;
    private const int BankViewFactor = 4;
    private const int PanelViewFactor = 8;

    public static Instrument Create()
    {
        string[] monitors = ["cbm1", "cbm2", "hereon"];
        DetectorBank[] banks =
        [
            Bank("beer_detector_s2", 1),
            Bank("beer_detector_n2", Panels * PixelsPerSide * PixelsPerSide + 1),
        ];
        var monitorHistogram = MonitorHistogramSpec.Id(Name);
        var bankView = new WorkflowId(Name, BankView, 1);
        return new Instrument(
            Name,
            monitors,
            banks,
            InstrumentLogs.Of(Name, HexapodNames()),
            [
                MonitorHistogramSpec.For(monitorHistogram, monitors),
                // The panel-summed image, binned to 4 mm: 250 × 250.
                DetectorViewSpec.For(bankView, "Detector Bank", banks, _ => Binned(BankViewFactor, [["y"], ["x"]]), withRois: true),
                // Each panel on its own, binned to 8 mm: 12 × 125 × 125.
                DetectorViewSpec.For(new WorkflowId(Name, PanelView, 1), "Detector Panels", banks, _ => Binned(PanelViewFactor, [["panel"], ["y"], ["x"]]), withRois: false),
            ])
        {
            // The fakes draw over the real banks' ranges, under their DEV names (the internal names).
            ProdStreams =
            [
                new("beer_detector", "detector_a", "beer_detector_s2"),
                new("beer_detector", "detector_b", "beer_detector_n2"),
                // Internal monitor names are the source names on the monitor topic.
                .. monitors.Select(m => new ProdStream("beer_beam_monitor", m, m)),
            ],
            NicosDevices =
            [
                .. NicosDevice.CountsTotals(monitorHistogram, monitors),
                .. NicosDevice.CountsTotals(bankView, banks.Select(b => b.Name)),
            ],
        };
    }

    private static DetectorBank Bank(string name, int first) =>
        new(name, first, first + Panels * PixelsPerSide * PixelsPerSide - 1, [new("panel", Panels), new("y", PixelsPerSide), new("x", PixelsPerSide)]);

    // The bank's (panel, y, x) with each spatial dim split into (coarse, fine): the fine y_bin and x_bin
    // are on no screen dim, so the factor × factor pixels of one coarse pixel sum onto it.
    private static LogicalView Binned(int factor, IReadOnlyList<IReadOnlyList<string>> screen) =>
        new([
            new("panel", Panels),
            new("y", PixelsPerSide / factor), new("y_bin", factor),
            new("x", PixelsPerSide / factor), new("x_bin", factor),
        ], screen);

    // The hexapod axes' leaves are unique on their own, so upstream's naming would drop the hexapod and leave bare
    // "position_x/value"; upstream restores a common prefix so they read as the hexapod's in a timeseries list.
    private static Dictionary<string, string> HexapodNames() =>
        (from axis in new[] { "position_x", "position_y", "position_z", "rotation_x", "rotation_y", "rotation_z", "rotary_stage" }
         from leaf in new[] { "value", "target_value", "idle_flag" }
         select (Path: $"/entry/instrument/symetrie_beer_hexapod/{axis}/{leaf}", Name: $"hexapod/{axis}/{leaf}"))
        .ToDictionary(r => r.Path, r => r.Name);
}
