using LiveData.Workflows.MonitorHistogram;
using LiveData.Workflows.Parameters;

namespace LiveData.Tests.Workflows.MonitorHistogram;

public sealed class TimeOfArrivalHistogrammerTests
{
    private const int Ms = 1_000_000;

    private static double[] Histogram(TimeOfArrivalEdges edges, params int[] timeOfArrivalNs)
    {
        var histogrammer = new TimeOfArrivalHistogrammer(edges);
        var counts = new double[histogrammer.BinCount];
        histogrammer.Add(timeOfArrivalNs, counts);
        return counts;
    }

    [Fact]
    public void Linear_edges_put_each_event_into_the_bin_that_contains_it()
    {
        var edges = new TimeOfArrivalEdges(0, 10, 10, "linear", "ms");

        var counts = Histogram(edges, 0, Ms / 2, 5 * Ms, 5 * Ms + 1, 9 * Ms + 999_999);

        counts.Should().Equal(2, 0, 0, 0, 0, 2, 0, 0, 0, 1);
    }

    [Fact]
    public void Events_outside_the_edges_are_dropped_and_not_counted_as_inside()
    {
        var edges = new TimeOfArrivalEdges(2, 4, 2, "linear", "ms");
        var histogrammer = new TimeOfArrivalHistogrammer(edges);
        var counts = new double[histogrammer.BinCount];

        var inside = histogrammer.Add([-5 * Ms, 0, 2 * Ms - 1, 2 * Ms, 3 * Ms, 4 * Ms - 1, 4 * Ms, 50 * Ms, int.MaxValue, int.MinValue], counts);

        inside.Should().Be(3);
        counts.Should().Equal(1, 2);
    }

    [Fact]
    public void An_event_exactly_at_stop_is_dropped()
    {
        var counts = Histogram(new TimeOfArrivalEdges(0, 10, 10, "linear", "ms"), 10 * Ms);

        counts.Sum().Should().Be(0);
    }

    [Fact]
    public void An_event_exactly_at_start_lands_in_the_first_bin()
    {
        var counts = Histogram(new TimeOfArrivalEdges(1, 11, 10, "linear", "ms"), Ms);

        counts[0].Should().Be(1);
        counts.Sum().Should().Be(1);
    }

    [Fact]
    public void Log_edges_bin_by_the_geometric_edges()
    {
        // Edges 1, 10, 100 ms.
        var edges = new TimeOfArrivalEdges(1, 100, 2, "log", "ms");

        var counts = Histogram(edges, Ms / 2, Ms, 2 * Ms, 9 * Ms, 11 * Ms, 99 * Ms, 100 * Ms, 150 * Ms);

        counts.Should().Equal(3, 2);
    }

    [Fact]
    public void Edge_unit_converts_to_nanoseconds()
    {
        var edges = new TimeOfArrivalEdges(0, 1000, 10, "linear", "us");

        var counts = Histogram(edges, 150_000, 999_999, 1_000_000);

        counts.Should().Equal(0, 1, 0, 0, 0, 0, 0, 0, 0, 1);
    }

    [Fact]
    public void Every_event_of_a_large_sample_lands_between_its_bin_edges()
    {
        var edges = TimeOfArrivalEdges.Default;
        var edgesNs = edges.Values().Select(e => e * 1e6).ToArray();
        var histogrammer = new TimeOfArrivalHistogrammer(edges);
        var random = new Random(1234);

        for (var i = 0; i < 20_000; i++)
        {
            var t = random.Next(-1_000_000, 75_000_000);
            var counts = new double[histogrammer.BinCount];
            histogrammer.Add([t], counts);
            var bin = Array.IndexOf(counts, 1.0);
            if (t < edgesNs[0] || t >= edgesNs[^1])
            {
                bin.Should().Be(-1, $"{t} ns lies outside the edges");
            }
            else
            {
                bin.Should().BeGreaterThanOrEqualTo(0, $"{t} ns lies inside the edges");
                ((double)t).Should().BeInRange(edgesNs[bin], Math.BitDecrement(edgesNs[bin + 1]), $"{t} ns was put into bin {bin}");
            }
        }
    }

    [Fact]
    public void Counts_add_to_what_is_already_there()
    {
        var histogrammer = new TimeOfArrivalHistogrammer(new TimeOfArrivalEdges(0, 2, 2, "linear", "ms"));
        var counts = new double[] { 5, 7 };

        histogrammer.Add([Ms / 2, Ms + 1], counts);

        counts.Should().Equal(6, 8);
    }

    [Fact]
    public void BinCount_is_num_bins()
    {
        new TimeOfArrivalHistogrammer(TimeOfArrivalEdges.Default).BinCount.Should().Be(100);
        new TimeOfArrivalHistogrammer(new TimeOfArrivalEdges(1, 100, 7, "log", "ms")).BinCount.Should().Be(7);
    }
}
