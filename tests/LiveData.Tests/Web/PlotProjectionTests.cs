using LiveData.Web.Plots;

namespace LiveData.Tests.Web;

/// <summary>How a result becomes what the page plots.</summary>
public sealed class PlotProjectionTests
{
    private static readonly DataKey Key = new(new WorkflowId("dummy", "view", 1), "panel_0", "cumulative");

    private static DataArray Result(string[] dims, long[] shape, double[] values, params (string Name, Variable Coord)[] coords) =>
        new("result", Variable.Doubles(dims, shape, "counts", values), [.. coords.Select(c => new KeyValuePair<string, Variable>(c.Name, c.Coord))]);

    [Fact]
    public void A_scalar_is_a_number()
    {
        var plot = PlotProjection.Project(Key, new DataArray("total", Variable.Scalar(42L, "counts"), []));

        (plot.Kind, plot.Value, plot.Unit, plot.Total).Should().Be(("scalar", 42.0, "counts", 42.0));
    }

    [Fact]
    public void A_histogram_is_a_line_at_its_bin_centres()
    {
        var plot = PlotProjection.Project(Key, Result(["toa"], [3], [1, 2, 3], ("toa", Variable.Vector("toa", "ms", [0, 10, 20, 30]))));

        plot.Kind.Should().Be("lines");
        plot.X.Should().Equal(5.0, 15.0, 25.0);
        plot.XLabel.Should().Be("toa [ms]");
        plot.Series.Should().ContainSingle().Which.Y.Should().Equal(1.0, 2.0, 3.0);
        plot.Total.Should().Be(6);
    }

    [Fact]
    public void Roi_spectra_are_one_line_per_roi_named_by_its_index()
    {
        var spectra = Result(["roi", "toa"], [2, 2], [1, 2, 3, 4], ("roi", Variable.Int64s(["roi"], [2], null, [0, 4])));

        var plot = PlotProjection.Project(Key, spectra);

        plot.Series!.Select(s => (s.Label, s.Y)).Should().BeEquivalentTo(new[] { ("ROI 0", new double?[] { 1, 2 }), ("ROI 4", new double?[] { 3, 4 }) });
        plot.X.Should().Equal(0.0, 1.0);
    }

    [Fact]
    public void A_log_along_time_has_a_time_axis_in_seconds()
    {
        var plot = PlotProjection.Project(Key, Result(["time"], [2], [1, 2], ("time", Variable.Int64s(["time"], [2], "ns", [1_700_000_000_000_000_000, 1_700_000_001_000_000_000]))));

        plot.TimeAxis.Should().BeTrue();
        plot.X.Should().Equal(1_700_000_000.0, 1_700_000_001.0);
    }

    [Fact]
    public void A_screen_is_an_image_row_by_row_with_further_dims_summed()
    {
        var layers = Result(["layer", "y", "x"], [2, 2, 3], [1, 2, 3, 4, 5, 6, 10, 20, 30, 40, 50, 60]);

        var plot = PlotProjection.Project(Key, layers);

        (plot.Kind, plot.Width, plot.Height, plot.ScreenWidth, plot.ScreenHeight).Should().Be(("image", 3, 2, 3, 2));
        plot.Pixels.Should().Equal(11.0, 22.0, 33.0, 44.0, 55.0, 66.0);
    }

    [Fact]
    public void A_large_image_is_block_summed_to_what_a_browser_repaints_keeping_its_screen_size_and_total()
    {
        var side = PlotProjection.MaxImageSide * 2;
        var plot = PlotProjection.Project(Key, Result(["y", "x"], [side, side], [.. Enumerable.Repeat(1.0, side * side)]));

        (plot.Width, plot.Height, plot.ScreenWidth).Should().Be((PlotProjection.MaxImageSide, PlotProjection.MaxImageSide, side));
        plot.Pixels!.Sum().Should().Be(side * side);
        plot.Pixels![0].Should().Be(4, "each pixel of the page sums a 2 × 2 block");
    }

    [Fact]
    public void Values_that_are_not_finite_are_sent_as_gaps()
    {
        var plot = PlotProjection.Project(Key, Result(["toa"], [3], [1, double.NaN, double.PositiveInfinity]));

        plot.Series![0].Y.Should().Equal(1.0, null, null);
        plot.Total.Should().Be(1);
    }

    [Fact]
    public void Roi_readbacks_are_not_plotted_but_drawn_on_their_image() =>
        new[] { "roi_rectangle", "roi_polygon", "roi_spectra_cumulative" }.Select(o => PlotProjection.IsPlotted(Key with { OutputName = o }))
            .Should().Equal(false, false, true);
}
