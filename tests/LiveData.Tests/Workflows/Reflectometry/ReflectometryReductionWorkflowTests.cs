using LiveData.Wire.Ev44;
using LiveData.Workflows.Histogramming;
using LiveData.Workflows;
using LiveData.Workflows.Reflectometry;

namespace LiveData.Tests.Workflows.Reflectometry;

/// <summary>
/// The reduction on the <see cref="TiltedArm"/> with μ = 0.65°: pixel 1 has θ = 0.65°, pixel 2 θ = 0.65° + atan(0.01)
/// = 1.2229387°, pixel 3 θ = 0.65° − atan(0.01) = 0.0770613°; each event weighs 1/sin θ (counts per 1 µA). θ edges
/// 0–1.5° every 0.1°, λ edges 3–7 Å every 0.5 Å, Q edges 0–0.1 1/Å every 0.001.
/// </summary>
public sealed class ReflectometryReductionWorkflowTests
{
    private const double WeightOfPixel1 = 88.1492438987966;  // 1/sin(0.65°)
    private const double WeightOfPixel2 = 46.85445829459437; // 1/sin(0.0213443069 rad)
    private const double WeightOfPixel3 = 743.5093239404268; // 1/sin(0.0013449735 rad)

    private static readonly ReflectometryParams Parameters = ReflectometryParams.Default with
    {
        WavelengthEdges = new(3, 7, 8, "linear", "Å"),
        QEdges = new(0, 0.1, 100, "linear", "1/Å"),
        ThetaEdges = new(0, 1.5, 15, "linear", "deg"),
        SampleRotation = new(0.65, "deg"),
    };

    private static IWorkflow Create(ReflectometryParams parameters) =>
        new ReflectometryReductionSpec(TiltedArm.Bank).Create(TiltedArm.Detector, parameters.ToJson(), new TiltedArm());

    private static void Send(IWorkflow workflow, params (int Pixel, int EventTimeOffsetNs)[] events) =>
        workflow.Accumulate(new EventStreamData(TiltedArm.Detector,
            [Ev44Encoder.Encode("multiblade", 0, [0], [0], [.. events.Select(e => e.EventTimeOffsetNs)], [.. events.Select(e => e.Pixel)])]));

    [Fact]
    public void Each_pixels_theta_is_its_divergence_plus_the_sample_rotation()
    {
        var pixels = ReflectometryPixels.Compute(new TiltedArm().Geometry, TiltedArm.Detector, TiltedArm.Bank, Parameters, new TiltedArm().LookupTable,
            new EdgeBinner(Parameters.ThetaEdges.ValuesIn(ReflectometryUnits.Angles)));

        pixels.Theta.Take(3).Should().Equal([0.011344640137963142, 0.02134430682462838, 0.0013449734512979046], (a, b) => Math.Abs(a - b) < 1e-12);
        pixels.ThetaBins.Should().Equal(6, 12, 0, 6, 6, 6, 6, 6);
        pixels.Weights[0].Should().BeApproximately(WeightOfPixel1, 1e-9);
    }

    [Fact]
    public void Events_fill_i_of_theta_wavelength_with_their_footprint_weights()
    {
        var workflow = Create(Parameters);
        // λ = 4.25 Å (bin [4, 4.5)) for pixels 1 and 2, 5.25 Å (bin [5, 5.5)) for pixel 3; 8 Å is past the edges, 9 no pixel.
        Send(workflow, (1, 42_500_000), (1, 42_500_000), (2, 42_500_000), (3, 52_500_000), (1, 80_000_000), (9, 42_500_000));

        var image = workflow.Finalize()[ReflectometryOutputs.IOfThetaWavelength];

        image.Sizes.Should().Equal(new Dictionary<string, long> { ["theta"] = 15, ["wavelength"] = 8 });
        image.Data.Unit.Should().Be("counts/uA");
        image.Coord("theta")!.Unit.Should().Be("deg");
        image.Coord("theta")!.DoubleValues.ToArray().Should().Equal(Enumerable.Range(0, 16).Select(i => i * 0.1), (a, b) => Math.Abs(a - b) < 1e-12);
        image.Coord("wavelength")!.Unit.Should().Be("Å");
        var values = image.Data.DoubleValues;
        values[6 * 8 + 2].Should().BeApproximately(2 * WeightOfPixel1, 1e-9);
        values[12 * 8 + 2].Should().BeApproximately(WeightOfPixel2, 1e-9);
        values[0 * 8 + 4].Should().BeApproximately(WeightOfPixel3, 1e-9);
        values.ToArray().Sum().Should().BeApproximately(2 * WeightOfPixel1 + WeightOfPixel2 + WeightOfPixel3, 1e-9);
        image.Data.Variances![6 * 8 + 2].Should().BeApproximately(2 * WeightOfPixel1 * WeightOfPixel1, 1e-6);
    }

    [Fact]
    public void I_of_wavelength_sums_over_theta_and_i_of_q_takes_each_cells_centre()
    {
        var workflow = Create(Parameters);
        Send(workflow, (1, 42_500_000), (2, 42_500_000), (3, 52_500_000));

        var outputs = workflow.Finalize();

        var spectrum = outputs[ReflectometryOutputs.IOfWavelength];
        spectrum.Sizes.Should().Equal(new Dictionary<string, long> { ["wavelength"] = 8 });
        spectrum.Data.DoubleValues[2].Should().BeApproximately(WeightOfPixel1 + WeightOfPixel2, 1e-9);
        spectrum.Data.DoubleValues[4].Should().BeApproximately(WeightOfPixel3, 1e-9);
        spectrum.Coord("wavelength")!.DoubleValues.ToArray().Should().Equal(3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7);
        // Cell centres: 4π sin(0.65°)/4.25 Å = 0.033543, 4π sin(1.25°)/4.25 Å = 0.064502, 4π sin(0.05°)/5.25 Å = 0.0020888.
        var q = outputs[ReflectometryOutputs.IOfQ];
        q.Sizes.Should().Equal(new Dictionary<string, long> { ["Q"] = 100 });
        q.Coord("Q")!.Unit.Should().Be("1/Å");
        q.Data.Unit.Should().Be("counts/uA");
        q.Data.DoubleValues[33].Should().BeApproximately(WeightOfPixel1, 1e-9);
        q.Data.DoubleValues[64].Should().BeApproximately(WeightOfPixel2, 1e-9);
        q.Data.DoubleValues[2].Should().BeApproximately(WeightOfPixel3, 1e-9);
        q.Data.Variances![2].Should().BeApproximately(WeightOfPixel3 * WeightOfPixel3, 1e-6);
        q.Data.DoubleValues.ToArray().Sum().Should().BeApproximately(WeightOfPixel1 + WeightOfPixel2 + WeightOfPixel3, 1e-9);
    }

    [Fact]
    public void Pixels_outside_the_beam_divergence_or_index_limits_are_masked()
    {
        // ±0.5° leaves out pixels 2 and 3 (divergence ±0.573°); strip index limits 1–1 keep the first strip (pixels 1–4),
        // whose upstream strip coordinate is 1 (a reversed arange).
        var workflow = Create(Parameters with { BeamDivergenceLimits = new(-0.5, 0.5, "deg"), YIndexLimits = new(1, 1) });
        Send(workflow, (1, 42_500_000), (2, 42_500_000), (3, 52_500_000), (5, 42_500_000));

        var image = workflow.Finalize()[ReflectometryOutputs.IOfThetaWavelength];

        image.Data.DoubleValues.ToArray().Sum().Should().BeApproximately(WeightOfPixel1, 1e-9);
    }

    [Fact]
    public void The_z_index_is_blade_times_wire_of_the_reversed_coordinates()
    {
        // Pixel index 0: blade 1, wire 1 → 1; index 1: blade 1, wire 0 → 0; index 3: blade 0, wire 0 → 0.
        Enumerable.Range(0, 8).Select(TiltedArm.Bank.ZIndex).Should().Equal(1, 0, 0, 0, 1, 0, 0, 0);
        Enumerable.Range(0, 8).Select(TiltedArm.Bank.Strip).Should().Equal(1, 1, 1, 1, 0, 0, 0, 0);
    }

    [Fact]
    public void Reset_clears_the_accumulated_intensity()
    {
        var workflow = Create(Parameters);
        Send(workflow, (1, 42_500_000));
        workflow.Finalize();

        workflow.Reset();

        workflow.Finalize()[ReflectometryOutputs.IOfQ].Data.Sum().Should().Be(0);
    }
}
