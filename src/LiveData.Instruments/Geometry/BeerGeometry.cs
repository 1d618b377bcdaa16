using LiveData.Core.Beamline;
using static LiveData.Instruments.Geometry.SyntheticLayout;

namespace LiveData.Instruments.Geometry;

/// <summary>
/// BEER, the engineering diffractometer: two banks of 12 panels on a 2 m cylinder about the vertical axis, one each
/// side of the beam around 2θ = ±90°; panels side by side, each 1000×1000 pixels over 1 m².
/// </summary>
internal static class BeerGeometry
{
    // Not in upstream's files: an assumed moderator–sample distance.
    private const double L1 = 158.0;
    private const double Radius = 2.0;

    public static SyntheticLayout Layout(Instrument beer) => new(
        SourceAt(L1),
        [
            Side(Bank(beer, "beer_detector_s2"), 60),
            Side(Bank(beer, "beer_detector_n2"), -120),
        ],
        [Monitor("cbm1", -100.0), Monitor("cbm2", -10.0), Monitor("hereon", -1.0)]);

    private static SyntheticBank Side(DetectorBank bank, double startDegrees) =>
        new(bank, Grid(bank), new CylinderArc(Radius, startDegrees, startDegrees + 60, 1.0), []);

    // (panel, y, x) in C order: columns run across the panels side by side, rows up.
    private static PixelGrid Grid(DetectorBank bank)
    {
        var panels = bank.LogicalShape[0].Value;
        var rows = bank.LogicalShape[1].Value;
        var columns = bank.LogicalShape[2].Value;
        return new PixelGrid(panels * columns, rows, 1,
            i => new GridCell(i / (rows * columns) * columns + i % columns, i / columns % rows, 0));
    }
}
