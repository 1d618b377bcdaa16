using LiveData.Workflows.MonitorHistogram;

namespace LiveData.Tests.Workflows.MonitorHistogram;

public sealed class HistogramRebinnerTests
{
    [Fact]
    public void Identical_edges_copy_the_counts()
    {
        var target = new double[3];

        var added = HistogramRebinner.AddRebinned([0, 1, 2, 3], [4, 5, 6], [0, 1, 2, 3], target);

        target.Should().Equal(4, 5, 6);
        added.Should().Be(15);
    }

    [Fact]
    public void A_source_bin_is_split_in_proportion_to_its_overlap()
    {
        var target = new double[2];

        HistogramRebinner.AddRebinned([0, 4], [8], [0, 1, 4], target);

        target.Should().Equal(2, 6);
    }

    [Fact]
    public void Counts_outside_the_target_edges_are_dropped_and_not_reported_as_added()
    {
        var target = new double[1];

        var added = HistogramRebinner.AddRebinned([0, 10, 20, 30], [10, 10, 10], [15, 25], target);

        target.Should().Equal(10);
        added.Should().Be(10);
    }

    [Fact]
    public void Rebinning_adds_to_what_the_target_already_holds()
    {
        var target = new double[] { 1, 1 };

        HistogramRebinner.AddRebinned([0, 2], [2], [0, 1, 2], target);

        target.Should().Equal(2, 2);
    }

    [Fact]
    public void Rebinning_conserves_counts_when_the_target_covers_the_source()
    {
        var target = new double[7];
        var edges = Enumerable.Range(0, 8).Select(i => i * 10.0 / 7).ToArray();

        HistogramRebinner.AddRebinned([0, 3, 5, 10], [30, 20, 50], edges, target);

        target.Sum().Should().BeApproximately(100, 1e-9);
    }
}
