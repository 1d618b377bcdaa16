using LiveData.Wire.Ev44;
using LiveData.Workflows.Powder;

namespace LiveData.Bench.Kernels;

/// <summary>
/// DREAM's powder_reduction on one bank, default parameters: <see cref="PowderHistogram.Add"/>, the (fine 2θ, d)
/// histogram of Lorentz-weighted events (d = λ / (2 sin θ), weight d⁴ sin θ) with its variances.
/// </summary>
internal sealed class PowderReductionCase : ReductionKernelCase
{
    private readonly PowderHistogram _histogram;

    public PowderReductionCase(SyntheticInstrument dream, string bank, EventSet events)
        : this(dream, bank, events, PowderPixels.Of(dream.Table, dream.Geometry, bank), PowderParams.Default)
    {
    }

    private PowderReductionCase(SyntheticInstrument dream, string bank, EventSet events, PowderPixels pixels, PowderParams parameters)
        : base(events, "powder", pixels.FineRowCount * parameters.DspacingEdges.NumBins)
    {
        if (parameters.DspacingEdges.IsLogarithmic)
        {
            throw new ArgumentException("the numpy reference bins d linearly, as the default edges are");
        }
        _histogram = new PowderHistogram(pixels, dream.Table, parameters);
        Name = $"DREAM powder_reduction reduction, {bank}";
        Arrays = new ReductionArrays()
            .AddTable(dream.Table, pixels.Rows, pixels.FirstDetectorNumber)
            .Add("sin_theta", pixels.SinTheta)
            .Add("fine_row", pixels.FineRow)
            .Add("dspacing_edges", parameters.DspacingEdges.ValuesInBaseUnit())
            .Scalar("fine_rows", pixels.FineRowCount)
            .Scalar("wavelength_start", parameters.WavelengthStartAngstrom)
            .Scalar("wavelength_stop", parameters.WavelengthStopAngstrom);
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
}
