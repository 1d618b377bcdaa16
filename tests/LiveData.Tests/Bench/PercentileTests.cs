using LiveData.Bench.Cluster;

namespace LiveData.Tests.Bench;

public class PercentileTests
{
    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_value_whatever_the_order()
    {
        Percentile.Median([5, 1, 3]).Should().Be(3);
    }

    [Fact]
    public void Between_ranks_it_interpolates_linearly_as_numpy_does()
    {
        double[] values = [4, 1, 3, 2];

        Percentile.Median(values).Should().BeApproximately(2.5, 1e-12);
        Percentile.Of(values, 95).Should().BeApproximately(3.85, 1e-12);
        Percentile.Of(values, 99).Should().BeApproximately(3.97, 1e-12);
    }

    [Fact]
    public void The_ends_are_the_minimum_and_the_maximum()
    {
        double[] values = [0.2, 0.9, 0.1, 0.5];

        Percentile.Of(values, 0).Should().Be(0.1);
        Percentile.Of(values, 100).Should().Be(0.9);
    }

    [Fact]
    public void One_value_is_every_percentile()
    {
        Percentile.Of([0.7], 99).Should().Be(0.7);
    }

    [Fact]
    public void No_values_or_a_percent_outside_0_to_100_is_refused()
    {
        var empty = () => Percentile.Of([], 50);
        var above = () => Percentile.Of([1], 101);
        var below = () => Percentile.Of([1], -1);

        empty.Should().Throw<ArgumentException>().WithMessage("*at least one value*");
        above.Should().Throw<ArgumentOutOfRangeException>();
        below.Should().Throw<ArgumentOutOfRangeException>();
    }
}
