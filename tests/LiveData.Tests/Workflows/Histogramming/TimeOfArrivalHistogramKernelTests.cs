using LiveData.Workflows.Histogramming;
using LiveData.Workflows.Parameters;

namespace LiveData.Tests.Workflows.Histogramming;

public sealed class TimeOfArrivalHistogramKernelTests
{
    public static TheoryData<TimeOfArrivalEdges, int> Cases =>
    new()
    {
        // Fewer events than bins (counted one by one) and many more (counted in blocks and copies).
        { new TimeOfArrivalEdges(0, 100, 100, "linear", "ms"), 37 },
        { new TimeOfArrivalEdges(0, 100, 100, "linear", "ms"), 10_003 },
        { new TimeOfArrivalEdges(0, 71.43, 10_000, "linear", "ms"), 5_000 },
        { new TimeOfArrivalEdges(0, 71.43, 10_000, "linear", "ms"), 50_001 },
        { new TimeOfArrivalEdges(0.5, 90, 50, "log", "ms"), 9_999 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Counts_equal_the_naive_histogram_and_inside_counts_the_binned_events(TimeOfArrivalEdges edges, int events)
    {
        var kernel = new TimeOfArrivalHistogramKernel(new TimeOfArrivalBinner(edges));
        var edgesNs = kernel.Binner.EdgesNs.ToArray();
        var toa = HistogramReference.TimesOfArrival(new Random(events), events, (int)edgesNs[0], (int)edgesNs[^1], edgesNs);
        var expected = new double[kernel.Binner.BinCount];
        foreach (var bin in toa.Select(t => HistogramReference.BinOf(edges, t)).Where(b => b >= 0))
        {
            expected[bin]++;
        }
        var counts = new double[kernel.Binner.BinCount];

        var inside = kernel.Add(toa, counts);

        counts.Should().Equal(expected);
        inside.Should().Be((long)expected.Sum());
    }

    [Fact]
    public void Successive_calls_add_to_the_counts_and_leave_nothing_behind_in_the_kernel()
    {
        var kernel = new TimeOfArrivalHistogramKernel(new TimeOfArrivalBinner(new TimeOfArrivalEdges(0, 2, 2, "linear", "ms")));
        var counts = new double[] { 5, 7 };
        var many = Enumerable.Repeat(1_500_000, 1000).ToArray();

        kernel.Add(many, counts);
        kernel.Add([500_000, 500_000, 2_000_000], counts);

        counts.Should().Equal(7, 1007);
    }

    [Fact]
    public void Counts_of_the_wrong_length_are_refused()
    {
        var kernel = new TimeOfArrivalHistogramKernel(new TimeOfArrivalBinner(TimeOfArrivalEdges.Default));

        var act = () => kernel.Add([1], new double[99]);

        act.Should().Throw<ArgumentException>().WithMessage("*99 counts for 100 bins*");
    }
}
