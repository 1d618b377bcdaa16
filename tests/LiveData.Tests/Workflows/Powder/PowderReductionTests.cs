using LiveData.Core.Data;
using LiveData.Wire.Ev44;
using LiveData.Workflows;
using LiveData.Workflows.Powder;
using LiveData.Workflows.Unavailable;

namespace LiveData.Tests.Workflows.Powder;

/// <summary>
/// Focussing on <see cref="TwoPixelInstrument"/> with d edges 0.5–2.5 Å in 4 bins and 2θ edges 0–100° in 2 bins: one
/// event of d = 2.2 Å on the 90° pixel, one of d = 1.2 Å on the 30° pixel. Lorentz weights: 2.2⁴ · sin 45° = 16.564392
/// and 1.2⁴ · sin 15° = 0.536687, total 17.101079; so I(d) = [0, 0.031383, 0, 0.968617].
/// </summary>
public sealed class PowderReductionTests
{
    private const double Total = 16.564392 + 0.536687;
    private const string Params = """
        {"dspacing_edges":{"start":0.5,"stop":2.5,"num_bins":4,"scale":"linear","unit":"Å"},
         "two_theta_edges":{"start":0,"stop":100,"num_bins":2,"scale":"linear","unit":"deg"},
         "wavelength_range":{"start":0.1,"stop":9,"unit":"Å"},"instrument_configuration":{"value":"high_flux_BC240"}}
        """;

    [Fact]
    public void I_of_d_is_the_Lorentz_weighted_histogram_divided_by_its_sum()
    {
        var outputs = Reduce(Params);

        var focussed = outputs["focussed_data_dspacing"];
        focussed.Data.Dims.Should().Equal("dspacing");
        focussed.Data.Unit.Should().Be("Å^4*uAh");
        focussed.Coord("dspacing")!.ToDoubles().Should().Equal(0.5, 1.0, 1.5, 2.0, 2.5);
        focussed.Coord("dspacing")!.Unit.Should().Be("Å");
        focussed.Data.ToDoubles().Should().Equal([0, 0.536687 / Total, 0, 16.564392 / Total], (a, b) => Math.Abs(a - b) < 1e-6);
        focussed.Data.Variances![3].Should().BeApproximately(16.564392 * 16.564392 / (Total * Total), 1e-6);
        focussed.Data.ToDoubles().Sum().Should().BeApproximately(1, 1e-12);
    }

    [Fact]
    public void I_of_d_and_2theta_puts_each_pixel_in_the_2theta_bin_of_its_angle()
    {
        var twoD = Reduce(Params)["focussed_data_dspacing_two_theta"];

        twoD.Data.Dims.Should().Equal("two_theta", "dspacing");
        twoD.Data.Shape.Should().Equal(2, 4);
        twoD.Coord("two_theta")!.ToDoubles().Should().Equal(0, 50, 100);
        twoD.Coord("two_theta")!.Unit.Should().Be("deg");
        twoD.Data.ToDoubles().Should().Equal([0, 0.536687 / Total, 0, 0, 0, 0, 0, 16.564392 / Total], (a, b) => Math.Abs(a - b) < 1e-6);
    }

    [Fact]
    public void I_of_tof_has_the_values_of_I_of_d_on_edges_DIFC_times_d()
    {
        // DIFC = 505.5568 μs/(Å·m) · mean L 30 m · sin(mean 2θ 60° / 2) = 7583.35 μs/Å.
        var tof = Reduce(Params)["focussed_data_tof"];

        tof.Data.Dims.Should().Equal("tof");
        tof.Coord("tof")!.Unit.Should().Be("us");
        tof.Coord("tof")!.ToDoubles()[0].Should().BeApproximately(0.5 * 7583.35, 0.01);
        tof.Coord("tof")!.ToDoubles()[4].Should().BeApproximately(2.5 * 7583.35, 0.05);
        tof.Data.ToDoubles()[3].Should().BeApproximately(16.564392 / Total, 1e-6);
    }

    [Fact]
    public void Events_outside_the_wavelength_range_are_dropped()
    {
        // λ of the 90° event is 2 · 2.2 · sin 45° = 3.111 Å, of the 30° event 2 · 1.2 · sin 15° = 0.621 Å.
        var focussed = Reduce(Params.Replace("\"start\":0.1,\"stop\":9", "\"start\":1.0,\"stop\":9"))["focussed_data_dspacing"];

        focussed.Data.ToDoubles().Should().Equal(0, 0, 0, 1);
    }

    [Fact]
    public void Reset_starts_the_pattern_over()
    {
        var workflow = Workflow(Params, new TwoPixelInstrument());
        workflow.Accumulate(Events([1], [TwoPixelInstrument.TimeOffsetNs(2.2, 90)]));
        workflow.Reset();
        workflow.Accumulate(Events([2], [TwoPixelInstrument.TimeOffsetNs(1.2, 30)]));

        workflow.Finalize()["focussed_data_dspacing"].Data.ToDoubles().Should().Equal(0, 1, 0, 0);
    }

    [Fact]
    public void With_vanadium_the_pattern_is_divided_by_the_vanadium_pattern()
    {
        var sample = new PowderPattern([0.25, 0.75], [0.01, 0.02], [0.25, 0.75], [0.01, 0.02]);
        var vanadium = new PowderPattern([0.5, 0], [0.04, 0], [0.5, 0], [0.04, 0]);

        var normalised = sample.DividedBy(vanadium);

        // 0.25 / 0.5 = 0.5; var = 0.01 / 0.25 + 0.0625 · 0.04 / 0.0625 = 0.08; division by 0 is NaN (upstream masks it).
        normalised.Dspacing[0].Should().Be(0.5);
        normalised.DspacingVariances[0].Should().BeApproximately(0.08, 1e-12);
        normalised.Dspacing[1].Should().Be(double.NaN);
    }

    [Fact]
    public void Without_a_vanadium_file_the_vanadium_variant_is_refused_saying_where_to_put_one()
    {
        using var document = JsonDocument.Parse(Params);
        var files = new TwoPixelInstrument();

        FluentActions.Invoking(() => new PowderReductionSpec(withVanadium: true).Create("bank", document.RootElement, files))
            .Should().Throw<WorkflowNotAvailableException>().WithMessage("*vanadium.nxs*livedata nexus run --instrument dream --sample vanadium*");
    }

    private static IReadOnlyDictionary<string, DataArray> Reduce(string parameters)
    {
        var workflow = Workflow(parameters, new TwoPixelInstrument());
        workflow.Accumulate(Events([1, 2], [TwoPixelInstrument.TimeOffsetNs(2.2, 90), TwoPixelInstrument.TimeOffsetNs(1.2, 30)]));
        return workflow.Finalize();
    }

    private static IWorkflow Workflow(string parameters, IInstrumentFiles files)
    {
        using var document = JsonDocument.Parse(parameters);
        return new PowderReductionSpec(withVanadium: false).Create("bank", document.RootElement, files);
    }

    private static EventStreamData Events(int[] pixels, int[] offsetsNs) =>
        new("bank", [Ev44Encoder.Encode("bank", 0, [0], [0], offsetsNs, pixels)]);
}
