using LiveData.Instruments.Geometry.Samples;
using LiveData.Workflows;
using LiveData.Workflows.Spectroscopy;
using LiveData.Workflows.Wavelength;

namespace LiveData.Bench.Kernels;

/// <summary>
/// BIFROST's qmap on the unified detector, default parameters (|Q| × ΔE per arc) at a fixed a3 = 0° (no rotation log,
/// as before the first sample arrives): <see cref="QCutWorkflow.Accumulate"/> itself, each event taken back to the
/// sample by its pixel's L2 / v_f, λ_i from the table at L1, weighted by the normalisation monitor's spectrum, into
/// (arc, ΔE, |Q|) with variances.
/// </summary>
internal sealed class QMapReductionCase : ReductionKernelCase
{
    // The normalisation run as `livedata nexus run --sample elastic_line` records it by default.
    private const int NormalizationPulses = 140;
    private const int NormalizationSeed = 51;

    private readonly QCutWorkflow _workflow;

    // One message per Accumulate call, reused so the timed loop allocates nothing per message.
    private readonly ReadOnlyMemory<byte>[] _payload = new ReadOnlyMemory<byte>[1];
    private readonly EventStreamData _message;

    public QMapReductionCase(SyntheticInstrument bifrost, string detector, EventSet events)
        : this(bifrost, detector, events, QMapParams.Default.Axes())
    {
    }

    private QMapReductionCase(SyntheticInstrument bifrost, string detector, EventSet events, (CutAxis Q, CutAxis EnergyTransfer) axes)
        : base(events, "qmap", AnalyserArcs.Count * (axes.EnergyTransfer.Edges.Length - 1) * (axes.Q.Edges.Length - 1))
    {
        var bank = bifrost.Bank(detector);
        var pixelCount = bank.LastDetectorNumber - bank.FirstDetectorNumber + 1;
        var pixels = IndirectPixels.Compute(bifrost.Geometry, detector, bank.FirstDetectorNumber, pixelCount, pixelCount / AnalyserArcs.Count, bifrost.Table);
        var spectrum = Spectrum(bifrost);
        _workflow = new QCutWorkflow(pixels, spectrum, bifrost.Table, bank.FirstDetectorNumber, QMapSpec.SampleRotationStream, axes.Q, axes.EnergyTransfer);
        _message = new EventStreamData(detector, _payload);
        Name = $"BIFROST qmap reduction, {detector}";
        var rows = new DistanceRow[pixelCount];
        Array.Fill(rows, pixels.PrimaryFlight);
        Arrays = new ReductionArrays()
            .AddTable(bifrost.Table, rows, bank.FirstDetectorNumber)
            .Add("arc", pixels.Arcs)
            .Add("final_energy", pixels.FinalEnergies)
            .Add("kf_x", pixels.KfX)
            .Add("kf_y", pixels.KfY)
            .Add("kf_z", pixels.KfZ)
            .Add("secondary_time_ns", pixels.SecondaryTimeNs)
            .Add("spectrum_weight", spectrum.Weights.ToArray())
            .Add("q_edges", axes.Q.EdgesInBaseUnit)
            .Add("energy_edges", axes.EnergyTransfer.EdgesInBaseUnit)
            .Scalar("spectrum_start", spectrum.Start)
            .Scalar("spectrum_bin_width", IncidentSpectrum.BinWidth)
            .Scalar("pulse_period_ns", bifrost.Table.PulsePeriodNs)
            .Scalar("arcs", AnalyserArcs.Count)
            .Scalar("a3_cosine", 1)
            .Scalar("a3_sine", 0);
    }

    public override string Name { get; }

    public override ReductionArrays Arrays { get; }

    public override double[] Histogram()
    {
        var data = _workflow.Finalize()[QCutWorkflow.Output].Data;
        return [.. data.DoubleValues, .. data.Variances!];
    }

    protected override void AddMessage(ReadOnlyMemory<byte> ev44)
    {
        _payload[0] = ev44;
        _workflow.Accumulate(_message);
    }

    public override void Clear() => _workflow.Reset();

    // As NormalizationRun.Spectrum builds it from the recorded run: each normalisation monitor event's λ from the table
    // at the monitor's distance.
    private static IncidentSpectrum Spectrum(SyntheticInstrument bifrost)
    {
        var events = KnownSamples.Get("bifrost", "elastic_line")
            .MonitorEvents(bifrost.Geometry, NormalizationRun.Monitor, NormalizationPulses, new Random(NormalizationSeed));
        var row = bifrost.Table.Row(FlightPaths.Monitor(bifrost.Geometry, NormalizationRun.Monitor));
        return IncidentSpectrum.FromWavelengths(Array.ConvertAll(events.EventTimeOffsetNs, offset => bifrost.Table.Wavelength(row, offset)));
    }
}
