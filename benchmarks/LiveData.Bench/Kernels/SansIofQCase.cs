using LiveData.Wire.Ev44;
using LiveData.Workflows.Sans;

namespace LiveData.Bench.Kernels;

/// <summary>
/// LoKI's i_of_q on one bank, default parameters: <see cref="QCounts.Add"/>, the events counted by Q = 4π sin θ / λ
/// within the wavelength band (the numerator of I(Q); the monitors and solid angles are per update, not per event).
/// </summary>
internal sealed class SansIofQCase : ReductionKernelCase
{
    private readonly QCounts _counts;

    public SansIofQCase(SyntheticInstrument loki, string bank, EventSet events)
        : this(loki, bank, events, SansParams.Default)
    {
    }

    private SansIofQCase(SyntheticInstrument loki, string bank, EventSet events, SansParams parameters)
        : base(events, "sans", parameters.QEdges.NumBins)
    {
        var definition = loki.Bank(bank);
        var pixelCount = definition.LastDetectorNumber - definition.FirstDetectorNumber + 1;
        var pixels = SansPixels.Of(loki.Geometry, loki.Table, bank, definition.FirstDetectorNumber, pixelCount, parameters.BeamCenter.Metres);
        _counts = QCounts.For(parameters, pixels, definition.FirstDetectorNumber, loki.Table);
        Name = $"LoKI i_of_q reduction, {bank}";
        Arrays = new ReductionArrays()
            .AddTable(loki.Table, pixels.Rows, definition.FirstDetectorNumber)
            .Add("sin_theta", pixels.SinTheta)
            .Add("q_edges", _counts.QEdges.ToArray())
            .Scalar("wavelength_start", _counts.Band.Start)
            .Scalar("wavelength_stop", _counts.Band.Stop);
    }

    public override string Name { get; }

    public override ReductionArrays Arrays { get; }

    public override double[] Histogram() => (double[])_counts.Counts.Clone();

    protected override void AddMessage(ReadOnlyMemory<byte> ev44)
    {
        var message = Ev44View.Read(ev44.Span);
        _counts.Add(message.PixelId, message.TimeOfFlight);
    }

    public override void Clear() => _counts.Clear();
}
