using LiveData.Workflows.DetectorView;

namespace LiveData.Tests.Workflows;

public sealed class WindowCellsTests
{
    // 4 x 8 screen pixels x 100 bins: 3 200 cells, so a window lists at most 800 events.
    private static RoiSet FirstPixel()
    {
        var rois = new RoiSet(4, 8);
        rois.Replace(new RoiStreamData("r", true, new Dictionary<int, ScreenRegion> { [0] = new RectangleRegion(0, 1, 0, 1) }));
        return rois;
    }

    [Fact]
    public void A_window_lists_its_cells_until_they_would_outgrow_a_quarter_of_the_cells_then_counts_them_densely()
    {
        var window = new WindowCells(32, 100);
        window.Add(Enumerable.Repeat(1, 800).ToArray());
        window.IsDense.Should().BeFalse();

        window.Add([1]);

        window.IsDense.Should().BeTrue();
        var spectra = new double[100];
        window.AddTo(FirstPixel(), spectra);
        spectra[1].Should().Be(801, "pixel 0, bin 1 is cell 1; the listed events moved into the dense counts");
        spectra.Sum().Should().Be(801);
    }

    [Fact]
    public void After_a_dense_window_the_next_starts_over_as_a_list()
    {
        var window = new WindowCells(32, 100);
        window.Add(Enumerable.Repeat(2, 1000).ToArray());

        window.Clear();
        window.Add([3]);

        window.IsDense.Should().BeFalse("one large window does not keep dense counts for the rest of the job");
        var spectra = new double[100];
        window.AddTo(FirstPixel(), spectra);
        spectra.Select((c, b) => (b, c)).Where(e => e.c != 0).Should().Equal([(3, 1.0)]);
    }

    [Fact]
    public void A_block_that_crosses_the_limit_moves_the_listed_cells_and_its_own_into_dense_counts()
    {
        var window = new WindowCells(32, 100);
        window.Add(Enumerable.Repeat(5, 700).ToArray());

        window.Add(Enumerable.Repeat(6, 200).ToArray());

        window.IsDense.Should().BeTrue();
        var spectra = new double[100];
        window.AddTo(FirstPixel(), spectra);
        (spectra[5], spectra[6]).Should().Be((700.0, 200.0));
    }
}
