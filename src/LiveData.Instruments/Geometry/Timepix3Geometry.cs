using LiveData.Core.Beamline;
using static LiveData.Instruments.Geometry.SyntheticLayout;

namespace LiveData.Instruments.Geometry;

/// <summary>A square Timepix3 camera (55 µm pixels) facing the beam downstream of the sample (ODIN, TBL).</summary>
internal static class Timepix3Geometry
{
    private const double PixelSize = 55e-6;

    // (dim_0, dim_1) in C order; dim_0 is x, as the downsampled image folds it.
    public static SyntheticBank Camera(DetectorBank bank, double distance)
    {
        var side = bank.LogicalShape[0].Value;
        return new SyntheticBank(bank, PixelGrid.ColumnMajor(side, bank.LogicalShape[1].Value),
            new FlatPanel(side * PixelSize, side * PixelSize), [Along(distance)]);
    }
}
