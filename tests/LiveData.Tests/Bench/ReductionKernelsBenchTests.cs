using System.Runtime.InteropServices;
using System.Text.Json;
using LiveData.Bench.Kernels;
using LiveData.Bench.Reporting;

namespace LiveData.Tests.Bench;

/// <summary>
/// The reduction cases of the kernels bench without their timing: the arrays numpy reads, the agreement check, and
/// numpy's formula against a hand-computed case and, with the C loop, against the C# kernels (Debian's python3-numpy, installed if missing; gcc).
/// </summary>
public sealed class ReductionKernelsBenchTests
{
    [Fact]
    public void Exported_arrays_and_scalars_read_back_as_written()
    {
        var arrays = new ReductionArrays().Add("sin_theta", [0.5, double.NaN, 1e-300]).Add("fine_row", [3, -1, int.MaxValue]).Scalar("wavelength_start", 1.1);
        var directory = Directory.CreateTempSubdirectory("reduction-arrays-test-");
        try
        {
            arrays.Write(directory.FullName);

            MemoryMarshal.Cast<byte, double>(File.ReadAllBytes(Path.Combine(directory.FullName, "sin_theta.f64"))).ToArray()
                .Should().Equal([0.5, double.NaN, 1e-300]);
            MemoryMarshal.Cast<byte, int>(File.ReadAllBytes(Path.Combine(directory.FullName, "fine_row.i32"))).ToArray().Should().Equal(3, -1, int.MaxValue);
            JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(Path.Combine(directory.FullName, ReductionArrays.ScalarsFile)))
                .Should().BeEquivalentTo(new Dictionary<string, double> { ["wavelength_start"] = 1.1 });
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Histograms_agree_within_one_part_in_a_billion_per_bin()
    {
        var check = () => HistogramAgreement.Check("case", [1.0, 2e6, 0.0], [1.0, 2e6 * (1 + 5e-10), 0.0], "numpy's");

        check.Should().NotThrow();
    }

    [Theory]
    [InlineData(new[] { 1.0, 2.0, 3.0 }, new[] { 1.0, 2.0, 3.5 }, "sum")]
    [InlineData(new[] { 1.0, 2.0, 3.0 }, new[] { 1.0, 2.5, 2.5 }, "bin 1")]
    [InlineData(new[] { 1.0, 2.0 }, new[] { 1.0, 2.0, 0.0 }, "numpy's 3")]
    [InlineData(new[] { 1.0, double.NaN }, new[] { 1.0, double.NaN }, "sum")]
    public void A_histogram_that_differs_from_numpys_fails_the_case_naming_where(double[] ours, double[] numpy, string where)
    {
        var check = () => HistogramAgreement.Check("LoKI i_of_q reduction", ours, numpy, "numpy's");

        check.Should().Throw<InvalidOperationException>().WithMessage($"LoKI i_of_q reduction: *{where}*");
    }

    [Fact]
    public async Task Numpys_formula_gives_the_hand_computed_q_histogram()
    {
        await RequireNumpy();
        // Table: offsets 0, 1024, 2048 ns (2⁻¹⁰ columns/ns, exact); row 0 is λ = 1, 2, 3 Å, row 1 is 2, 4, 6 Å.
        // Pixel 10 reads row 0; pixel 11 halfway between rows 0 and 1. Band [1, 2.4) Å, Q edges 0, 2, 4 1/Å.
        var arrays = new ReductionArrays()
            .Add("table_wavelengths", [1.0, 2, 3, 2, 4, 6]).Add("table_offsets_ns", [0.0, 1024, 2048])
            .Add("row_offset", [0, 0]).Add("row_weight", [0.0, 0.5]).Scalar("first_detector_number", 10)
            .Add("sin_theta", [0.5, 0.25]).Add("q_edges", [0.0, 2, 4]).Scalar("wavelength_start", 1).Scalar("wavelength_stop", 2.4);
        // 10 @ 1024 ns: on a grid column, λ = 2, Q = π → bin 1. 11 @ 512 ns: λ = 1.5 + 0.5 (3 − 1.5) = 2.25, Q = π / 2.25 → bin 0.
        // 10 @ 1536 ns: λ = 2.5, outside the band. 12: off the bank. 10 @ 3072 ns: past the table. 10 @ −1 ns: before it.
        var events = GeneratedEvents.Of([10, 11, 10, 12, 10, 10], [1024, 512, 1536, 512, 3072, -1], 4);

        var (rate, histogram) = await MeasureAsync(arrays, events, "sans");

        histogram.Should().Equal(1.0, 1.0);
        rate.Should().BePositive();
    }

    [Fact]
    public async Task Numpys_formula_gives_the_hand_computed_q_map()
    {
        await RequireNumpy();
        // One table row, λ = 1, 2, 3 Å at 0, 1024, 2048 ns; period 4096 ns; a3 = 0°. The spectrum's bins from 1.5 Å,
        // 0.5 Å wide, weigh 0.5, 4 and nothing. Q edges 0, 4, 5 1/Å; ΔE edges −1, 0, 1 meV; 2 arcs × 2 × 2 cells.
        // Pixel 10 (arc 0): L2 / v_f = 1000 ns, E_f = E(2 Å), k⃗_f = (π, 0, 0). Pixel 11 (arc 1): no secondary time,
        // E_f = E(1.5 Å) + 0.5 meV, k⃗_f = 0. Pixel 12 is in no arc.
        var finalEnergies = new[] { 81.80421 / 4, 81.80421 / 2.25 + 0.5, 0 };
        var arrays = new ReductionArrays()
            .Add("table_wavelengths", [1.0, 2, 3]).Add("table_offsets_ns", [0.0, 1024, 2048])
            .Add("row_offset", [0, 0, 0]).Add("row_weight", [0.0, 0, 0]).Scalar("first_detector_number", 10)
            .Add("arc", [0, 1, -1]).Add("final_energy", finalEnergies)
            .Add("kf_x", [Math.PI, 0, 0]).Add("kf_y", [0.0, 0, 0]).Add("kf_z", [0.0, 0, 0]).Add("secondary_time_ns", [1000.0, 0, 0])
            .Add("spectrum_weight", [0.5, 4, double.NaN]).Scalar("spectrum_start", 1.5).Scalar("spectrum_bin_width", 0.5)
            .Add("q_edges", [0.0, 4, 5]).Add("energy_edges", [-1.0, 0, 1])
            .Scalar("pulse_period_ns", 4096).Scalar("arcs", 2).Scalar("a3_cosine", 1).Scalar("a3_sine", 0);
        // 10 @ −2072 ns: t = −3072 mod 4096 = 1024 ns, λ = 2 Å, weight 4, ΔE = 0 → bin 1, Q⃗ = (−π, 0, π), |Q| = π√2 → bin 1:
        // cell 0·4 + 1·2 + 1 = 3. 11 @ 3·4096 + 512 ns: t = 512 ns, λ = 1.5 Å, weight 0.5, ΔE = −0.5 → bin 0,
        // |Q| = 2π / 1.5 = 4.19 → bin 1: cell 1·4 + 0·2 + 1 = 5. 11 @ 1536 ns: λ = 2.5 Å, the monitor saw nothing there.
        // 12: in no arc. 13: off the bank. 10 @ 3500 ns: t = 2500 ns, past the table.
        var events = GeneratedEvents.Of([10, 11, 11, 12, 13, 10], [-2072, 3 * 4096 + 512, 1536, 1024, 1024, 3500], 4);

        var (_, histogram) = await MeasureAsync(arrays, events, "qmap");

        histogram.Should().Equal(0.0, 0, 0, 4, 0, 0.5, 0, 0, /* variances */ 0, 0, 0, 16, 0, 0.25, 0, 0);
    }

    [Theory]
    [InlineData("dream")]
    [InlineData("loki")]
    [InlineData("estia")]
    [InlineData("bifrost")]
    public async Task Numpys_formula_and_the_C_loop_make_exactly_the_histogram_of_the_reductions_kernel_on_the_known_samples_events(string name)
    {
        await RequireNumpy();
        var cancellation = TestContext.Current.CancellationToken;
        var instrument = SyntheticInstrument.Of(name);
        var (bank, sample, create) = name switch
        {
            "dream" => ("mantle_detector", "silicon", (Func<EventSet, ReductionKernelCase>)(e => new PowderReductionCase(instrument, "mantle_detector", e))),
            "loki" => ("loki_detector_0", "spheres", e => new SansIofQCase(instrument, "loki_detector_0", e)),
            "estia" => ("multiblade_detector", "critical_edge", e => new ReflectometryReductionCase(instrument, "multiblade_detector", e)),
            _ => ("unified_detector", "dispersion", e => new QMapReductionCase(instrument, "unified_detector", e)),
        };
        var definition = instrument.Bank(bank);
        var (ids, offsets) = instrument.SampleEvents(LiveData.Instruments.Geometry.Samples.KnownSamples.Get(name, sample), bank, 20_000, 15_000, 1);
        var events = GeneratedEvents.Of(ids, offsets, 4_096);
        using var kernel = create(new EventSet(definition.FirstDetectorNumber, definition.LastDetectorNumber - definition.FirstDetectorNumber + 1, 71_428_571, 1));
        KernelTiming.Measure(kernel, events, 1, TestContext.Current.CancellationToken);

        var references = new KernelReferences(new NumpyReference(new Progress<string>()), await CLoopReference.CompileAsync("gcc", new Progress<string>(), cancellation));

        var ((_, numpy), (_, cLoop)) = await ReductionKernels.MeasureReferencesAsync(references, kernel, events, 1, cancellation);

        var ours = kernel.Histogram();
        ours.Sum().Should().BePositive("the sample's events land in the histogram");
        numpy.Should().Equal(ours);
        cLoop.Should().Equal(ours);
        kernel.Target.Should().Be(BenchTarget.RatioAtLeast(1));
    }

    [Fact]
    public void A_samples_distinct_events_repeat_up_to_the_count()
    {
        var estia = SyntheticInstrument.Of("estia");
        var sample = LiveData.Instruments.Geometry.Samples.KnownSamples.Get("estia", "critical_edge");

        var (ids, offsets) = estia.SampleEvents(sample, "multiblade_detector", 2_500, 1_000, 7);

        ids.Should().HaveCount(2_500);
        ids.AsSpan(1_000, 1_000).ToArray().Should().Equal(ids.AsSpan(0, 1_000).ToArray());
        offsets.AsSpan(2_000).ToArray().Should().Equal(offsets.AsSpan(0, 500).ToArray());
        estia.SampleEvents(sample, "multiblade_detector", 2_500, 1_000, 7).PixelIds.Should().Equal(ids, "the events are seeded");
    }

    [Fact]
    public void Chart_labels_break_at_commas_and_wrap_long_words_onto_short_lines() =>
        KernelChart.Wrap("ESTIA reflectometry_reduction reduction, multiblade_detector")
            .Should().Be("ESTIA\nreflectometry_reduction\nreduction\nmultiblade_detector");

    // As the bench does: installs Debian's python3-numpy when it is missing, or fails saying why it cannot.
    private static Task RequireNumpy() => new NumpyReference(new Progress<string>()).EnsureInstalledAsync(TestContext.Current.CancellationToken);

    private static async Task<(double Rate, double[] Histogram)> MeasureAsync(ReductionArrays arrays, GeneratedEvents events, string kind)
    {
        var directory = Directory.CreateTempSubdirectory("reduction-numpy-test-");
        try
        {
            events.Write(Path.Combine(directory.FullName, ReductionNumpyScript.EventsFile));
            arrays.Write(directory.FullName);
            return await new NumpyReference(new Progress<string>()).MeasureReductionAsync(directory.FullName, kind, 1, TestContext.Current.CancellationToken);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
