using LiveData.Bench.Kernels;
using LiveData.Bench.Reporting;
using LiveData.Wire.Ev44;

namespace LiveData.Tests.Bench;

public sealed class KernelsBenchTests
{
    private static readonly EventSet Small = new(101, 500, 1_000_000, Seed: 3);

    private static GeneratedEvents Generate(int count = 10_000) =>
        GeneratedEvents.Create(count, 4_096, Small.FirstPixelId, Small.PixelCount, Small.TimeOfArrivalStopNs, Small.Seed);

    [Fact]
    public void Generated_events_are_seeded_and_their_ev44_messages_carry_exactly_them()
    {
        var events = Generate();

        Generate().PixelIds.Should().Equal(events.PixelIds);
        events.Messages.Should().HaveCount(3);
        var decodedIds = new List<int>();
        var decodedToa = new List<int>();
        foreach (var message in events.Messages)
        {
            var view = Ev44View.Read(message);
            decodedIds.AddRange(view.PixelId.ToArray());
            decodedToa.AddRange(view.TimeOfFlight.ToArray());
        }
        decodedIds.Should().Equal(events.PixelIds);
        decodedToa.Should().Equal(events.TimeOfArrivalNs);
    }

    [Fact]
    public void Generated_events_include_ids_outside_the_detector_and_times_outside_the_pulse()
    {
        var events = Generate();

        events.PixelIds.Should().Contain(id => id < Small.FirstPixelId).And.Contain(id => id >= Small.FirstPixelId + Small.PixelCount);
        events.TimeOfArrivalNs.Should().Contain(t => t < 0).And.Contain(t => t >= Small.TimeOfArrivalStopNs);
    }

    [Fact]
    public void The_events_file_holds_the_pixel_ids_then_the_times_of_arrival()
    {
        var events = Generate(1_000);
        var path = Path.Combine(Path.GetTempPath(), $"kernels-test-{Guid.NewGuid():N}.bin");
        try
        {
            events.Write(path);
            var values = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(File.ReadAllBytes(path)).ToArray();

            values.Should().Equal(events.PixelIds.Concat(events.TimeOfArrivalNs));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_pixel_case_counts_every_event_inside_the_detector_and_the_pulse(int threads)
    {
        var events = Generate();
        using var kernel = new PixelKernelCase("test", Small, 1, threads, BenchTarget.AtLeast(1), (8, "8 B"));
        var expected = events.PixelIds.Zip(events.TimeOfArrivalNs)
            .Count(e => e.First >= Small.FirstPixelId && e.First < Small.FirstPixelId + Small.PixelCount && e.Second >= 0 && e.Second < Small.TimeOfArrivalStopNs);

        var (rate, counted) = KernelTiming.Measure(kernel, events, 2, TestContext.Current.CancellationToken);

        counted.Should().Be(expected);
        rate.Should().BePositive();
        kernel.Numpy.Should().Be(new NumpyCall("image", 1));
    }

    [Fact]
    public void A_monitor_case_counts_every_event_inside_the_pulse()
    {
        var events = Generate();
        var kernel = new MonitorKernelCase(100, Small);

        var (_, counted) = KernelTiming.Measure(kernel, events, 1, TestContext.Current.CancellationToken);

        counted.Should().Be(events.TimeOfArrivalNs.Count(t => t >= 0 && t < Small.TimeOfArrivalStopNs));
        kernel.Target.Should().Be(BenchTarget.RatioAtLeast(10));
    }

    [Fact]
    public void A_detector_view_case_counts_every_event_inside_the_detector_and_the_pulse_once_per_pass()
    {
        var events = Generate();
        var kernel = new DetectorViewKernelCase("test", Small, 20, 25, (8, "8 B"));
        var expected = events.PixelIds.Zip(events.TimeOfArrivalNs)
            .Count(e => e.First >= Small.FirstPixelId && e.First < Small.FirstPixelId + Small.PixelCount && e.Second >= 0 && e.Second < Small.TimeOfArrivalStopNs);

        var (_, counted) = KernelTiming.Measure(kernel, events, 2, TestContext.Current.CancellationToken);

        counted.Should().Be(expected);
        kernel.Numpy.Should().Be(new NumpyCall("pixel_toa", 100));
        kernel.Target.Should().BeNull();
    }

    [Fact]
    public void The_bandwidth_probe_reports_a_finite_positive_rate()
    {
        var bytesPerSecond = MemoryBandwidth.MeasureRead(2, 16, 2);

        double.IsFinite(bytesPerSecond).Should().BeTrue();
        bytesPerSecond.Should().BePositive();
    }

    [Fact]
    public void The_section_is_in_the_catalog_and_runs_by_default()
    {
        LiveData.Bench.BenchCatalog.Default.Should().ContainSingle(s => s is KernelsSection && s.Name == "kernels");
    }

    [Fact]
    public void A_debug_build_of_the_kernels_is_recognised()
    {
        // The tests and the kernels are built in the same configuration.
#if DEBUG
        const bool debug = true;
#else
        const bool debug = false;
#endif
        BuildConfiguration.KernelsAreDebug.Should().Be(debug);
    }
}
