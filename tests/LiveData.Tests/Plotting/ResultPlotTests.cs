using LiveData.Plotting;

namespace LiveData.Tests.Plotting;

public sealed class ResultPlotTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void A_histogram_over_bin_edges_is_drawn_as_a_png()
    {
        var histogram = new DataArray(
            "counts",
            Variable.Int64s(["time_of_arrival"], [3], "counts", [1, 5, 2]),
            [new("time_of_arrival", Variable.Vector("time_of_arrival", "ms", [0, 10, 20, 30]))]);

        ResultPlot.Png(histogram, "monitor1 cumulative").Should().StartWith(PngSignature);
    }

    [Fact]
    public void An_image_is_drawn_as_a_heatmap_png()
    {
        var image = new DataArray("counts", Variable.Doubles(["y", "x"], [2, 3], "counts", [0, 1, 2, 3, 4, 5]), []);

        ResultPlot.Png(image, "panel_0 current").Should().StartWith(PngSignature);
    }

    [Theory]
    [InlineData(double.NaN, 3.0)]
    [InlineData(double.PositiveInfinity, 3.0)]
    [InlineData(2.0, 2.0)]
    public void An_image_without_a_spread_of_finite_values_is_still_drawn(double first, double second)
    {
        var image = new DataArray("counts", Variable.Doubles(["y", "x"], [1, 2], "counts", [first, second]), []);

        ResultPlot.Png(image, "panel_0 current").Should().StartWith(PngSignature);
    }

    [Fact]
    public void An_image_without_finite_values_has_no_picture()
    {
        var image = new DataArray("counts", Variable.Doubles(["y", "x"], [1, 2], "counts", [double.NaN, double.NaN]), []);

        ResultPlot.Png(image, "panel_0 current").Should().BeNull();
    }

    [Fact]
    public void A_scalar_has_no_picture()
    {
        var total = new DataArray("counts", Variable.Scalar(42L, "counts"), []);

        ResultPlot.Png(total, "monitor1 counts_total").Should().BeNull();
    }

    [Fact]
    public void A_large_image_is_shown_by_the_means_of_blocks_of_finite_cells()
    {
        // 3 x 5 cells in blocks of 2: the last block row and column are partial; NaN cells do not count.
        double[] values =
        [
            1, 3, 5, double.NaN, 9,
            5, 7, 1, 1, 2,
            4, 8, double.NaN, double.NaN, 6,
        ];

        var means = ResultPlot.BlockMeans(values, 3, 5, 2);

        means.Should().BeEquivalentTo(new double[,] { { 4, 7.0 / 3, 5.5 }, { 6, double.NaN, 6 } });
    }

    [Fact]
    public void An_nmx_size_image_is_drawn()
    {
        var values = new double[1280 * 1280];
        values[^1] = 7;
        var image = new DataArray("counts", Variable.Doubles(["y", "x"], [1280, 1280], "counts", values), []);

        ResultPlot.Png(image, "detector_panel_0 cumulative").Should().StartWith(PngSignature);
    }

    [Fact]
    public void A_3d_result_is_drawn_as_the_sum_over_its_first_dimension()
    {
        // arc=2 × energy_transfer=2 × Q=2; one NaN is skipped, a cell NaN in both arcs stays NaN.
        var map = new DataArray("cut_data", Variable.Doubles(["arc", "energy_transfer", "Q"], [2, 2, 2], "counts", [1, 2, double.NaN, double.NaN, 10, 20, 30, double.NaN]),
            [new("arc", Variable.Vector("arc", "meV", [2.7, 3.2])), new("Q", Variable.Vector("Q", "1/Å", [0.5, 1.0, 1.5]))]);

        var summed = ResultPlot.SumOverFirst(map);

        summed.Data.Dims.Should().Equal("energy_transfer", "Q");
        summed.Data.ToDoubles().Should().Equal([11, 22, 30, double.NaN]);
        summed.Coords.Select(c => c.Key).Should().Equal("Q");
        ResultPlot.Png(map, "unified_detector cut_data").Should().StartWith(PngSignature);
    }

    [Fact]
    public void Evenly_spaced_bin_edges_give_an_image_axis_its_values_and_others_count_cells()
    {
        ResultPlot.UniformEdges(Variable.Vector("Q", "1/Å", [0.5, 1.0, 1.5, 2.0]), 3).Should().Be((0.5, 2.0));
        ResultPlot.UniformEdges(Variable.Vector("Q", "1/Å", [0.1, 1.0, 10.0]), 2).Should().BeNull("log edges are not evenly spaced");
        ResultPlot.UniformEdges(Variable.Vector("x", "m", [0.1, 0.2, 0.3]), 3).Should().BeNull("bin centres are points, not edges");
        ResultPlot.UniformEdges(null, 3).Should().BeNull();
    }

    [Fact]
    public void A_timeseries_is_drawn_against_seconds_since_its_first_sample()
    {
        var log = new DataArray("Timeseries", Variable.Doubles(["time"], [3], "K", [295, 296, 294]),
            [new("time", Variable.Int64s(["time"], [3], "ns", [1_796_320_170_000_000_000, 1_796_320_171_000_000_000, 1_796_320_172_000_000_000]))]);

        ResultPlot.Png(log, "temperature").Should().StartWith(PngSignature);
    }
}
