using LiveData.Core.Beamline;
using LiveData.Geometry.Nexus;
using static LiveData.Instruments.Geometry.SyntheticLayout;

namespace LiveData.Instruments.Geometry;

/// <summary>
/// TBL, the test beamline: the Timepix3 camera and the nGEM stack on the beam behind the sample, the multiblade at 90°
/// and the two ³He banks at ±45°, each 1 m from the sample.
/// </summary>
internal static class TblGeometry
{
    // Not in upstream's files: an assumed moderator–sample distance (upstream only places its choppers, 14.5–15.5 m).
    private const double L1 = 28.0;
    private const int MultibladeStrips = 64;
    private const double He3TubePitch = 0.025;

    public static SyntheticLayout Layout(Instrument tbl)
    {
        var multiblade = Bank(tbl, "multiblade_detector");
        var ngem = Bank(tbl, "ngem_detector");
        return new SyntheticLayout(
            SourceAt(L1),
            [
                Timepix3Geometry.Camera(Bank(tbl, "timepix3_detector"), 0.5),
                // Flat numbers of (blade, wire, strip): strips across, blade·wire rows up the detector.
                new SyntheticBank(multiblade, PixelGrid.RowMajor(Pixels(multiblade), MultibladeStrips), new FlatPanel(0.2, 0.15),
                    [Along(1.0), TransformationStep.Rotation("angle", AxisY, 90)]),
                He3(Bank(tbl, "he3_detector_bank0"), -45),
                He3(Bank(tbl, "he3_detector_bank1"), 45),
                new SyntheticBank(ngem, PixelGrid.LayerRowColumn(ngem.LogicalShape[0].Value, ngem.LogicalShape[1].Value, ngem.LogicalShape[2].Value),
                    new FlatPanel(0.1, 0.1, 0.01), [Along(1.5)]),
            ],
            [Monitor("monitor_1", -2.0)]);
    }

    // (tube, pixel) in C order: pixels along 1 m tubes stacked up the bank.
    private static SyntheticBank He3(DetectorBank bank, double degrees) =>
        new(bank, PixelGrid.RowMajor(Pixels(bank), bank.LogicalShape[1].Value),
            new FlatPanel(1.0, bank.LogicalShape[0].Value * He3TubePitch),
            [Along(1.0), TransformationStep.Rotation("angle", AxisY, degrees)]);
}
