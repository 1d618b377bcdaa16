using LiveData.Workflows.DetectorView;

namespace LiveData.Tests.Workflows;

public sealed class LogicalViewTests
{
    [Fact]
    public void The_identity_view_maps_pixels_row_major()
    {
        var view = LogicalView.Identity(new("y", 2), new("x", 3));

        view.ScreenIndexOfPixels().Should().Equal(0, 1, 2, 3, 4, 5);
        view.ScreenDims.Should().Equal("y", "x");
        view.ScreenShape.Should().Equal(2L, 3L);
    }

    [Fact]
    public void Flattened_screen_dims_join_their_names_and_sizes()
    {
        var view = new LogicalView([new("arc", 5), new("tube", 3), new("channel", 9), new("pixel", 100)], [["arc", "tube"], ["channel", "pixel"]]);

        view.ScreenDims.Should().Equal("arc/tube", "channel/pixel");
        view.ScreenShape.Should().Equal(15L, 900L);
        view.ScreenIndexOfPixels().Should().Equal(Enumerable.Range(0, 13500), "flattening in order keeps row-major order");
    }

    [Fact]
    public void Dims_on_no_screen_dim_are_summed()
    {
        var view = new LogicalView([new("tube", 2), new("straw", 3), new("pixel", 4)], [["pixel"], ["tube"]]);

        var map = view.ScreenIndexOfPixels();

        view.ScreenShape.Should().Equal(4L, 2L);
        map[0].Should().Be(0);
        map[4].Should().Be(0, "straw 1 of tube 0, pixel 0 lands where straw 0 does");
        map[12 + 3].Should().Be(3 * 2 + 1, "tube 1, pixel 3");
    }

    [Fact]
    public void A_fold_into_coarse_and_fine_dims_sums_the_fine_ones_onto_the_coarse_pixel()
    {
        // An 8 x 8 panel (row-major) shown as 4 x 4: pixel (row, column) lands on (row / 2, column / 2).
        var view = new LogicalView([new("x", 4), new("x_bin", 2), new("y", 4), new("y_bin", 2)], [["x"], ["y"]]);

        var map = view.ScreenIndexOfPixels();

        map[9].Should().Be(0, "row 1, column 1");
        map[18].Should().Be(5, "row 2, column 2 is (1, 1)");
        map[63].Should().Be(15, "row 7, column 7 is (3, 3)");
        map.Distinct().Should().HaveCount(16);
        map.GroupBy(s => s).Should().OnlyContain(g => g.Count() == 4);
    }

    [Fact]
    public void A_selection_leaves_other_layers_out()
    {
        var view = new LogicalView([new("wire", 2), new("strip", 3)], [["strip"]], new Dictionary<string, int> { ["wire"] = 0 });

        view.ScreenIndexOfPixels().Should().Equal(0, 1, 2, -1, -1, -1);
    }

    [Fact]
    public void A_screen_dim_must_be_a_logical_dim() =>
        FluentActions.Invoking(() => new LogicalView([new("y", 2)], [["x"]]).ScreenShape).Should().Throw<ArgumentException>().WithMessage("*'x'*");

    [Fact]
    public void Selecting_an_index_the_dim_does_not_have_is_refused()
    {
        var view = new LogicalView([new("wire", 2), new("strip", 3)], [["strip"]], new Dictionary<string, int> { ["wire"] = 2 });

        FluentActions.Invoking(() => view.ScreenIndexOfPixels()).Should().Throw<ArgumentException>().WithMessage("selecting wire = 2, but wire has 2 entries");
    }
}
