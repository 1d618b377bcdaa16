using LiveData.Workflows.Histogramming;
using LiveData.Workflows.Parameters;

namespace LiveData.Tests.Workflows.Histogramming;

public sealed class PixelTimeOfArrivalKernelTests
{
    private const int FirstPixelId = 1001;
    private const int Pixels = 300;

    private static (int[] PixelIds, int[] TimeOfArrival) Events(int count, int seed, double[] edgesNs)
    {
        var random = new Random(seed);
        // In range, just outside either end, negative, and far beyond.
        var pixelIds = Enumerable.Range(0, count).Select(_ => random.Next(10) switch
        {
            0 => FirstPixelId - 1 - random.Next(3),
            1 => FirstPixelId + Pixels + random.Next(3),
            2 => random.Next(2) == 0 ? -random.Next(1, int.MaxValue) : int.MinValue,
            3 => random.Next(FirstPixelId + Pixels, int.MaxValue),
            _ => FirstPixelId + random.Next(Pixels),
        }).ToArray();
        return (pixelIds, HistogramReference.TimesOfArrival(random, count, (int)edgesNs[0], (int)edgesNs[^1], edgesNs));
    }

    public static TheoryData<TimeOfArrivalEdges, int> Cases =>
    new()
    {
        { new TimeOfArrivalEdges(0, 71.43, 100, "linear", "ms"), 9_001 },
        { new TimeOfArrivalEdges(0, 71.43, 1, "linear", "ms"), 5_003 },
        { new TimeOfArrivalEdges(0.2, 70, 13, "log", "ms"), 4_097 },
        { new TimeOfArrivalEdges(0, 10, 10, "linear", "ms"), 3 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Counts_equal_the_naive_pixel_by_bin_histogram(TimeOfArrivalEdges edges, int events)
    {
        var kernel = new PixelTimeOfArrivalKernel(FirstPixelId, Pixels, new TimeOfArrivalBinner(edges));
        var edgesNs = kernel.Binner.EdgesNs.ToArray();
        var (pixelIds, toa) = Events(events, events, edgesNs);
        var expected = HistogramReference.PixelTimeOfArrival(edges, FirstPixelId, Pixels, pixelIds, toa);
        var counts = new double[kernel.CountsLength];

        var counted = kernel.Add(pixelIds, toa, counts.AsSpan());

        counts.Should().Equal(expected);
        counted.Should().Be((long)expected.Sum());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Splitting_the_pixels_over_threads_gives_the_single_thread_counts(int threads)
    {
        var kernel = new PixelTimeOfArrivalKernel(FirstPixelId, Pixels, new TimeOfArrivalBinner(TimeOfArrivalEdges.Default));
        var (pixelIds, toa) = Events(20_011, threads, kernel.Binner.EdgesNs.ToArray());
        var single = new uint[kernel.CountsLength];
        var split = new uint[kernel.CountsLength];

        var countedSingle = kernel.Add(pixelIds, toa, single.AsSpan());
        var countedSplit = kernel.Add(pixelIds, toa, split.AsSpan(), threads);

        split.Should().Equal(single);
        countedSplit.Should().Be(countedSingle);
        single.Sum(c => (long)c).Should().Be(countedSingle);
    }

    [Fact]
    public void Integer_and_double_counts_agree_and_calls_accumulate()
    {
        var kernel = new PixelTimeOfArrivalKernel(FirstPixelId, Pixels, new TimeOfArrivalBinner(TimeOfArrivalEdges.Default));
        var (pixelIds, toa) = Events(7_000, 5, kernel.Binner.EdgesNs.ToArray());
        var integers = new uint[kernel.CountsLength];
        using var onHugePages = new HugePageCounts<uint>((int)kernel.CountsLength);
        var doubles = new double[kernel.CountsLength];

        kernel.Add(pixelIds, toa, integers.AsSpan());
        kernel.Add(pixelIds, toa, integers.AsSpan());
        kernel.Add(pixelIds, toa, onHugePages.Span, 2);
        kernel.Add(pixelIds, toa, onHugePages.Span, 2);
        kernel.Add(pixelIds, toa, doubles.AsSpan());
        kernel.Add(pixelIds, toa, doubles.AsSpan());

        integers.Select(c => (double)c).Should().Equal(doubles);
        onHugePages.Span.ToArray().Should().Equal(integers);
        integers.Should().Contain(c => c >= 2);
    }

    [Fact]
    public void Mismatched_inputs_are_refused()
    {
        var kernel = new PixelTimeOfArrivalKernel(FirstPixelId, Pixels, new TimeOfArrivalBinner(TimeOfArrivalEdges.Default));

        var act1 = () => kernel.Add([1, 2], [1], new double[kernel.CountsLength].AsSpan());
        var act2 = () => kernel.Add([1], [1], new double[5].AsSpan());
        var act3 = () => kernel.Add([1], [1], new double[kernel.CountsLength].AsSpan(), 0);

        act1.Should().Throw<ArgumentException>().WithMessage("*2 pixel ids but 1 times of arrival*");
        act2.Should().Throw<ArgumentException>().WithMessage("*5 counts for 300 pixels x 100 bins*");
        act3.Should().Throw<ArgumentOutOfRangeException>();
    }
}
