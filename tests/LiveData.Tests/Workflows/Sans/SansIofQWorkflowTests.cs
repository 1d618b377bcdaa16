using LiveData.Wire.Ev44;
using LiveData.Workflows;
using LiveData.Workflows.Sans;
using static LiveData.Tests.Workflows.Sans.SansLine;

namespace LiveData.Tests.Workflows.Sans;

/// <summary>
/// I(Q) on <see cref="SansLine"/> with λ edges 4–6 Å (midpoints 4.5, 5.5) and Q edges 0.1–0.15 1/Å: at the midpoints
/// the pixel's Q is 4π·0.0498306/5.5 = 0.11385 (bin 0) and /4.5 = 0.13915 (bin 1). Incident monitor: 3 neutrons of
/// 4.2 Å and 1 of 5.2 Å; transmission monitor: 2 of 4.2 Å and 1 of 5.2 Å. Detector: 2 of 5.2 Å (Q = 0.12042, bin 0)
/// and 1 of 4.2 Å (Q = 0.14910, bin 1).
/// </summary>
public sealed class SansIofQWorkflowTests
{
    private const string Binning = """
        "q_edges":{"start":0.1,"stop":0.15,"num_bins":2,"unit":"1/Å"},"wavelength_edges":{"start":4.0,"stop":6.0,"num_bins":2,"unit":"Å"}
        """;

    private static EventStreamData Events(string stream, int id, params double[] wavelengths)
    {
        var flightPath = stream == "bank" ? DetectorFlightPath : 20;
        var offsets = wavelengths.Select(l => OffsetNs(l, flightPath)).ToArray();
        return new(stream, [Ev44Encoder.Encode(stream, 0, [0], [0], offsets, Enumerable.Repeat(id, offsets.Length).ToArray())]);
    }

    private static IWorkflow Fed(string transmission)
    {
        var workflow = Create("{" + Binning + ",\"transmission\":{\"mode\":\"" + transmission + "\"}}");
        workflow.Accumulate(Events("incident", 1, 4.2, 4.2, 4.2, 5.2));
        workflow.Accumulate(Events("transmission", 1, 4.2, 4.2, 5.2));
        workflow.Accumulate(Events("bank", 1, 5.2, 5.2, 4.2));
        return workflow;
    }

    [Fact]
    public void Q_is_4_pi_sin_theta_over_lambda()
    {
        // sin(0.05) = 0.04997917; 4π · 0.04997917 / 5 = 0.6280567 / 5 = 0.1256113. And 4π sin(π/6) / 2π = 1.
        ScatteringVector.Magnitude(5, 0.1).Should().BeApproximately(0.1256113, 1e-7);
        ScatteringVector.Magnitude(2 * Math.PI, Math.PI / 3).Should().BeApproximately(1, 1e-12);
    }

    [Fact]
    public void Constant_transmission_divides_the_counts_by_the_incident_monitor_times_the_solid_angle()
    {
        // D0 = I(5.5 Å bin)·Ω = 1·Ω, D1 = I(4.5 Å bin)·Ω = 3·Ω: I(Q) = 2/Ω = 50.5 and 1/(3Ω) = 8.41667.
        var outputs = Fed(TransmissionMode.Constant).Finalize();

        var iOfQ = outputs[SansIofQWorkflow.IofQ];
        iOfQ.Data.DoubleValues.ToArray().Should().BeEquivalentTo([50.5, 25.25 / 3], o => o.Using<double>(c => c.Subject.Should().BeApproximately(c.Expectation, 1e-9)).WhenTypeIs<double>());
        // var = N/D² + N²·var(D)/D⁴ with var(D0) = var(I)·N_Q·Ω² = 1·2·Ω²: (2 + 4·2)/Ω² = 10·25.25².
        iOfQ.Data.Variances![0].Should().BeApproximately(10 * 25.25 * 25.25, 1e-6);
        iOfQ.Data.Unit.Should().Be("dimensionless");
        iOfQ.Coord("Q")!.DoubleValues.ToArray().Should().Equal(0.1, 0.125, 0.15);
        iOfQ.Coord("Q")!.Unit.Should().Be("1/Å");
        iOfQ.Coord("wavelength")!.DoubleValues.ToArray().Should().Equal(4.0, 6.0);
        outputs.Should().NotContainKey(SansIofQWorkflow.TransmissionFraction, "constant mode has no transmission fraction");
    }

    [Fact]
    public void Current_run_transmission_makes_the_monitor_term_the_transmission_monitor()
    {
        // frac = T/I = [2/3, 1]; M = I·frac = T = [2, 1]: D0 = 1·Ω, D1 = 2·Ω, so I(Q) = 50.5 and 1/(2Ω) = 12.625.
        var outputs = Fed(TransmissionMode.CurrentRun).Finalize();

        outputs[SansIofQWorkflow.IofQ].Data.DoubleValues.ToArray()[1].Should().BeApproximately(12.625, 1e-9);
        var fraction = outputs[SansIofQWorkflow.TransmissionFraction];
        fraction.Data.DoubleValues.ToArray()[0].Should().BeApproximately(2.0 / 3, 1e-12);
        fraction.Data.DoubleValues.ToArray()[1].Should().Be(1);
        fraction.Sizes.Should().Equal(new Dictionary<string, long> { ["wavelength"] = 2 });
        fraction.Coord("wavelength")!.Unit.Should().Be("Å");
    }

    [Fact]
    public void Nothing_is_published_until_both_monitors_sent_data()
    {
        var workflow = Create("{" + Binning + "}");
        workflow.Accumulate(Events("bank", 1, 5.2));
        workflow.Accumulate(Events("incident", 1, 5.2));

        workflow.Finalize().Should().BeEmpty();

        workflow.Accumulate(Events("transmission", 1, 5.2));
        workflow.Finalize().Should().ContainKey(SansIofQWorkflow.IofQ);
    }

    [Fact]
    public void The_beam_centre_shifts_the_pixels_before_their_angles()
    {
        // A beam centre 500 mm up puts the pixel on the beam axis: Q = 0, below the first edge.
        var workflow = Create("{" + Binning + ""","beam_center":{"x":0,"y":500,"unit":"mm"},"transmission":{"mode":"constant"}}""");
        workflow.Accumulate(Events("incident", 1, 5.2));
        workflow.Accumulate(Events("transmission", 1, 5.2));
        workflow.Accumulate(Events("bank", 1, 5.2, 4.2));

        workflow.Finalize()[SansIofQWorkflow.IofQ].Data.DoubleValues.ToArray().Should().AllSatisfy(v => v.Should().Be(double.NaN));
    }

    [Theory]
    [InlineData("""{"q_edges":{"start":0.3,"stop":0.1}}""", "q_edges.stop")]
    [InlineData("""{"q_edges":{"unit":"1/m"}}""", "q_edges.unit")]
    [InlineData("""{"wavelength_edges":{"num_bins":0}}""", "wavelength_edges.num_bins")]
    [InlineData("""{"transmission":{"mode":"empty_beam"}}""", "transmission.mode")]
    [InlineData("""{"beam_center":{"unit":"km"}}""", "beam_center.unit")]
    public void Invalid_parameters_are_refused_naming_the_field(string json, string field)
    {
        var create = () => Create(json);

        create.Should().Throw<InvalidWorkflowParamsException>().WithMessage($"{field}:*");
    }

    [Fact]
    public void Defaults_are_upstreams()
    {
        var json = Spec.Factory.DefaultParams;

        json.GetProperty("q_edges").GetProperty("num_bins").GetInt32().Should().Be(20);
        json.GetProperty("q_edges").GetProperty("unit").GetString().Should().Be("1/Å");
        json.GetProperty("wavelength_edges").GetProperty("stop").GetDouble().Should().Be(13.0);
        json.GetProperty("transmission").GetProperty("mode").GetString().Should().Be("current_run");
        Spec.AuxSources.Select(a => a.Role).Should().Equal("incident_monitor", "transmission_monitor");
    }

    [Fact]
    public void Defaults_are_written_as_upstreams_model_dumps_them()
    {
        Spec.Factory.DefaultParams.GetRawText().Should().Be(
            """{"q_edges":{"start":0.01,"stop":0.3,"num_bins":20,"scale":"linear","unit":"1/Å"},"wavelength_edges":{"start":1.0,"stop":13.0,"num_bins":100,"scale":"linear","unit":"Å"},"beam_center":{"x":0.0,"y":0.0,"unit":"m"},"transmission":{"mode":"current_run"}}""");
    }
}
