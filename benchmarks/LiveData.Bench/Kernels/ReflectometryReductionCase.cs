using LiveData.Wire.Ev44;
using LiveData.Workflows.Histogramming;
using LiveData.Workflows.Reflectometry;
using LiveData.Workflows.Wavelength;

namespace LiveData.Bench.Kernels;

/// <summary>
/// ESTIA's reflectometry_reduction, default parameters but the sample rotation the critical_edge sample is measured
/// at (half the detector rotation): <see cref="ThetaWavelengthHistogram.Add"/>, I(θ, λ) of events weighted
/// 1 / sin θ by pixel, with its variances (I(λ) and I(Q) are per update, not per event).
/// </summary>
internal sealed class ReflectometryReductionCase : ReductionKernelCase
{
    private readonly ThetaWavelengthHistogram _histogram;

    public ReflectometryReductionCase(SyntheticInstrument estia, string detector, EventSet events)
        : this(estia, detector, events, Parameters(estia, detector))
    {
    }

    private ReflectometryReductionCase(SyntheticInstrument estia, string detector, EventSet events, ReflectometryParams parameters)
        : base(events, "reflectometry", parameters.ThetaEdges.NumBins * parameters.WavelengthEdges.NumBins)
    {
        if (parameters.WavelengthEdges.IsLogarithmic)
        {
            throw new ArgumentException("the numpy reference bins λ linearly, as the default edges are");
        }
        var definition = estia.Bank(detector);
        var shape = definition.LogicalShape;
        var bank = new MultibladeBank(definition.FirstDetectorNumber, shape[0].Value, shape[1].Value, shape[2].Value);
        var thetaEdges = new EdgeBinner(parameters.ThetaEdges.ValuesIn(ReflectometryUnits.Angles));
        var pixels = ReflectometryPixels.Compute(estia.Geometry, detector, bank, parameters, estia.Table, thetaEdges);
        var wavelengths = new WavelengthBinner(parameters.WavelengthEdges);
        _histogram = new ThetaWavelengthHistogram(pixels, estia.Table, bank.FirstDetectorNumber, thetaEdges.BinCount, wavelengths);
        Name = $"ESTIA reflectometry_reduction reduction, {detector}";
        Arrays = new ReductionArrays()
            .AddTable(estia.Table, pixels.Rows, bank.FirstDetectorNumber)
            .Add("theta_bin", pixels.ThetaBins)
            .Add("weight", pixels.Weights)
            .Add("wavelength_edges", wavelengths.Edges.ToArray())
            .Scalar("theta_bins", thetaEdges.BinCount);
    }

    public override string Name { get; }

    public override ReductionArrays Arrays { get; }

    public override double[] Histogram() => [.. _histogram.Values, .. _histogram.Variances];

    protected override void AddMessage(ReadOnlyMemory<byte> ev44)
    {
        var message = Ev44View.Read(ev44.Span);
        _histogram.Add(message.PixelId, message.TimeOfFlight);
    }

    public override void Clear() => _histogram.Clear();

    private static ReflectometryParams Parameters(SyntheticInstrument estia, string detector)
    {
        var sampleRotation = ReflectionAngles.DetectorRotation(estia.Geometry.Detector(detector)) / 2;
        return ReflectometryParams.Default with { SampleRotation = new Angle(sampleRotation * 180 / Math.PI, ReflectometryUnits.Degree) };
    }
}
