using LiveData.Workflows.Histogramming;
using LiveData.Workflows.Parameters;

namespace LiveData.Tests.Workflows.Histogramming;

public sealed class TimeOfArrivalBinnerTests
{
    public static TheoryData<TimeOfArrivalEdges> EdgeChoices =>
    [
        new TimeOfArrivalEdges(0, 100, 100, "linear", "ms"),
        new TimeOfArrivalEdges(0, 71.43, 100, "linear", "ms"),
        new TimeOfArrivalEdges(-5, 71.43, 10_000, "linear", "ms"),
        new TimeOfArrivalEdges(3, 17, 7, "linear", "us"),
        new TimeOfArrivalEdges(0.1, 80, 37, "log", "ms"),
        new TimeOfArrivalEdges(1, 100, 2, "log", "ms"),
    ];

    [Theory]
    [MemberData(nameof(EdgeChoices))]
    public void The_block_path_gives_every_event_the_bin_of_the_single_event_path(TimeOfArrivalEdges edges)
    {
        var binner = new TimeOfArrivalBinner(edges);
        var random = new Random(7);
        // Lengths that are and are not multiples of the vector width.
        foreach (var length in new[] { 0, 1, 7, 8, 9, 1000, 4099 })
        {
            var toa = HistogramReference.TimesOfArrival(random, length, (int)binner.EdgesNs[0], (int)Math.Min(binner.EdgesNs[^1], int.MaxValue), binner.EdgesNs.ToArray());
            var bins = new int[length];

            binner.BinsOf(toa, bins, -7);

            bins.Should().Equal(toa.Select(t => binner.BinOf(t) is var b && b < 0 ? -7 : b), $"{length} events over {edges}");
        }
    }

    [Theory]
    [MemberData(nameof(EdgeChoices))]
    public void Each_event_gets_the_bin_of_the_naive_reference(TimeOfArrivalEdges edges)
    {
        var (toa, bins) = BinnedSample(edges);

        bins.Should().Equal(toa.Select(t => HistogramReference.BinOf(edges, t)));
    }

    [Fact]
    public void Each_event_lands_in_the_bin_whose_edges_contain_it_when_the_edges_are_exact()
    {
        // Edges exact in binary (power-of-two bin counts) and log edges: the bin agrees with the edges to the last event.
        foreach (var edges in new[] { new TimeOfArrivalEdges(0, 64_000_000, 64, "linear", "ns"), new TimeOfArrivalEdges(1_000, 9_192, 8, "linear", "ns"), new TimeOfArrivalEdges(0.1, 80, 37, "log", "ms") })
        {
            var (toa, bins) = BinnedSample(edges);

            bins.Should().Equal(toa.Select(t => HistogramReference.SearchBin(HistogramReference.EdgesNs(edges), t)), edges.ToString());
        }
    }

    private static (int[] TimeOfArrival, int[] Bins) BinnedSample(TimeOfArrivalEdges edges)
    {
        var binner = new TimeOfArrivalBinner(edges);
        var edgesNs = binner.EdgesNs.ToArray();
        var toa = HistogramReference.TimesOfArrival(new Random(11), 20_000, (int)edgesNs[0], (int)edgesNs[^1], edgesNs);
        var bins = new int[toa.Length];
        binner.BinsOf(toa, bins, -1);
        return (toa, bins);
    }

    [Fact]
    public void The_top_edge_is_outside_and_the_bottom_edge_inside()
    {
        var binner = new TimeOfArrivalBinner(new TimeOfArrivalEdges(1, 11, 10, "linear", "ms"));
        var bins = new int[9];

        binner.BinsOf([1_000_000, 10_999_999, 11_000_000, 999_999, 5_000_000, 0, -1, int.MaxValue, int.MinValue], bins, 10);

        bins.Should().Equal(0, 9, 10, 10, 4, 10, 10, 10, 10);
    }

    [Fact]
    public void Too_few_bins_for_the_events_is_refused()
    {
        var binner = new TimeOfArrivalBinner(TimeOfArrivalEdges.Default);

        var act = () => binner.BinsOf([1, 2, 3], new int[2], -1);

        act.Should().Throw<ArgumentException>().WithMessage("*room for 2 bins, 3 events*");
    }
}
