using LiveData.Core.Beamline;
using LiveData.Core.Identity;
using LiveData.Instruments.Logs;
using LiveData.Workflows;
using LiveData.Workflows.DetectorView;
using LiveData.Workflows.DetectorView.Projection;
using LiveData.Workflows.MonitorHistogram;

namespace LiveData.Instruments.Magic;

/// <summary>MAGIC, the single-crystal magnetism diffractometer: two vertical-cylinder banks and one beam monitor.</summary>
internal static class MagicInstrument
{
    public const string Name = "magic";

    // Smoothing noise of the projection's pixel positions: 2 mm, as upstream.
    private static readonly GaussianNoise PixelNoise = new(0.002);

    public static Instrument Create()
    {
        string[] monitors = ["beam_monitor_1"];
        // Both banks fold (wire, strip, segment) with segment fastest; they are numbered contiguously
        // from 1 in this order, so bank A is 1–491520 and bank B 491521–622592.
        var bankA = new DetectorBank("magic_detector_a", 1, 32 * 128 * 120,
            [new("wire", 32), new("strip", 128), new("segment", 120)]);
        var bankB = new DetectorBank("magic_detector_b", bankA.LastDetectorNumber + 1, bankA.LastDetectorNumber + 32 * 16 * 256,
            [new("wire", 32), new("strip", 16), new("segment", 256)]);
        DetectorBank[] banks = [bankA, bankB];
        return new Instrument(
            Name,
            monitors,
            banks,
            InstrumentLogs.Of(Name),
            [
                MonitorHistogramSpec.For(Name, monitors),
                // Counts per wire: summed over strip, leaving (wire, segment).
                DetectorViewSpec.For(new WorkflowId(Name, "wire_view", 1), "Wire view", banks,
                    b => new LogicalView(b.LogicalShape, [["wire"], ["segment"]]), withRois: false),
                // Counts per strip: summed over wire and segment.
                DetectorViewSpec.For(new WorkflowId(Name, "strip_view", 1), "Strip view", banks,
                    b => new LogicalView(b.LogicalShape, [["strip"]]), withRois: false),
                // One screen bin per strip and per segment: other bin counts alias the radially deep banks into a moiré.
                DetectorViewSpec.Projection(new WorkflowId(Name, "detector_projection", 1), "Detector Projection",
                    [.. banks.Select(b => new KeyValuePair<string, GeometricViewConfig>(b.Name, new(ProjectionType.CylinderMantleY,
                        [new("y", SizeOf(b, "strip")), new("arc_length", SizeOf(b, "segment"))], PixelNoise)))]),
            ])
        {
            NicosDevices =
            [
                .. NicosDevice.CountsTotals(MonitorHistogramSpec.Id(Name), monitors),
                .. NicosDevice.CountsTotals(new WorkflowId(Name, "detector_projection", 1), banks.Select(b => b.Name)),
            ],
            ProdStreams =
            [
                // Each bank has its own topic, named like the bank; both use the source name 'magic'.
                .. banks.Select(b => new ProdStream(b.Name, "magic", b.Name)),
                // The monitor's real source name is still a placeholder upstream; cbm1 is the assumed convention.
                .. ProdStream.Monitors("magic_beam_monitor", monitors),
            ],
        };
    }

    private static int SizeOf(DetectorBank bank, string dim) => bank.LogicalShape.Single(d => d.Key == dim).Value;
}
