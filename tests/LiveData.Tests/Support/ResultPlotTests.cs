using LiveData.Acceptance.Support.Reporting;

namespace LiveData.Tests.Support;

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
}
