using LiveData.Bench.Kernels;
using LiveData.Bench.Reporting;

namespace LiveData.Tests.Bench;

/// <summary>The C-loop reference, compiled with gcc (which .ci/run installs), against the C# kernels on the same events.</summary>
public sealed class CLoopReferenceTests
{
    private static readonly EventSet Small = new(101, 500, 1_000_000, Seed: 5);

    [Theory]
    [InlineData("toa", 100, 1)]
    [InlineData("toa", 10_000, 1)]
    [InlineData("pixel_toa", 100, 1)]
    [InlineData("image", 1, 1)]
    [InlineData("image", 1, 2)]
    public async Task The_C_loop_counts_what_the_CSharp_kernel_counts(string kind, int bins, int threads)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var events = GeneratedEvents.Create(20_000, 4_096, Small.FirstPixelId, Small.PixelCount, Small.TimeOfArrivalStopNs, Small.Seed);
        using KernelCase kernel = kind == "toa"
            ? new MonitorKernelCase(bins, Small)
            : new PixelKernelCase("test", Small, bins, threads, BenchTarget.AtLeast(1), (8, "8 B"));
        var (_, ours) = KernelTiming.Measure(kernel, events, 1, cancellation);
        var reference = await CLoopReference.CompileAsync("gcc", new Progress<string>(), cancellation);
        var file = Path.Combine(Path.GetTempPath(), $"c-loop-test-{Guid.NewGuid():N}.bin");
        try
        {
            events.Write(file);

            var (rate, counted) = await reference.MeasureHistogramAsync(file, kernel.Numpy, Small, threads, 2, cancellation);

            counted.Should().Be(ours);
            ours.Should().BeInRange(events.Count * 9 / 10, events.Count - 1, "a few events fall outside the pulse or the detector");
            rate.Should().BePositive();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(120e6, true)]
    [InlineData(99e6, false)]
    public void A_cases_figure_against_the_C_loop_carries_its_rate_and_the_target_of_at_least_its_speed(double ours, bool met)
    {
        var figure = CLoopReference.Figure("kernels", "monitor 1-D, 100 bins", ours, 100e6);

        figure.Name.Should().Be("monitor 1-D, 100 bins: C loop (gcc -O3 -march=native)");
        figure.Reference.Should().Be(new BenchReference("C loop (gcc -O3 -march=native)", 100e6));
        figure.Ratio.Should().BeApproximately(ours / 100e6, 1e-12);
        figure.Met.Should().Be(met);
    }

    [Fact]
    public async Task A_missing_compiler_fails_and_says_so()
    {
        var compile = () => CLoopReference.CompileAsync("no-such-gcc", new Progress<string>(), TestContext.Current.CancellationToken);

        (await compile.Should().ThrowAsync<InvalidOperationException>()).WithMessage("no-such-gcc is missing*C-loop reference*");
    }
}
