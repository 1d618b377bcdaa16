using LiveData.Workflows;
using LiveData.Workflows.DetectorView;

namespace LiveData.Tests.Workflows;

/// <summary>The one-byte-per-cell history of a detector view: exact however often cells wrap, across carry pages.</summary>
public sealed class PixelSpectraTests
{
    // A 100 × 100 screen with one bin: 10 000 cells, so carries land in three pages of 4096.
    private const int Side = 100;

    [Fact]
    public void Every_cell_wrapping_many_times_keeps_exact_counts()
    {
        using var spectra = new PixelSpectra(Side * Side, bins: 1);
        var everyCell = Enumerable.Range(0, Side * Side).ToArray();
        for (var n = 0; n < 1000; n++)
        {
            spectra.Add(everyCell);
        }

        // ROI 0: the whole screen, 10 000 cells × 1000; ROI 1: the last pixel (page 3) alone, 1000 = 3 carries of 256 + 232.
        Totals(spectra, new RectangleRegion(0, Side, 0, Side), new RectangleRegion(Side - 1, Side, Side - 1, Side)).Should().Equal(10_000_000, 1000);
    }

    [Fact]
    public void Clearing_forgets_the_carries_too()
    {
        using var spectra = new PixelSpectra(Side * Side, bins: 1);
        spectra.Add(Enumerable.Repeat(Side * Side - 1, 600).ToArray());

        spectra.Clear();
        spectra.Add([Side * Side - 1]);

        Totals(spectra, new RectangleRegion(Side - 1, Side, Side - 1, Side)).Should().Equal(1);
    }

    private static double[] Totals(PixelSpectra spectra, params RectangleRegion[] regions)
    {
        var rois = new RoiSet(Side, Side);
        rois.Replace(new RoiStreamData("panel/x/roi_rectangle", true, regions.Select((r, i) => (i, r)).ToDictionary(r => r.i, r => (ScreenRegion)r.r)));
        var totals = new double[regions.Length];
        spectra.AddTo(rois, totals);
        return totals;
    }
}
