using LiveData.Core.Data;
using LiveData.Workflows.Histogramming;
using LiveData.Workflows.MonitorHistogram;
using LiveData.Workflows.Parameters;
using LiveData.Workflows.Wavelength;
using LiveData.Wire.Ev44;

namespace LiveData.Workflows.Sans;

/// <summary>
/// esssans' I(Q) of one bank, as upstream's LoKI workflow configures it (no direct beam, no background, no gravity,
/// one wavelength band = the wavelength edges): I(Q_j) = N_j / Σ_λ M(λ) Σ_{p: Q(p, λ_mid) ∈ Q_j} Ω_p, where N_j counts
/// the bank's events with λ in the band and Q = 4π sin θ / λ in Q_j, M(λ) = I(λ)·frac(λ) is the incident monitor
/// histogram times the transmission fraction (T(λ)/I(λ) in current_run mode, 1 in constant mode), and Ω_p the pixel's
/// solid angle. Everything is cumulative since the start or reset; there are no outputs until both monitors sent data.
/// </summary>
public sealed class SansIofQWorkflow : IWorkflow
{
    public const string IofQ = "i_of_q";
    public const string TransmissionFraction = "transmission_fraction";
    private const string Q = "Q";
    private const string WavelengthDim = "wavelength";

    private readonly SansParams _params;
    private readonly SansStreams _streams;
    private readonly WavelengthMonitorBinning _incidentBinning;
    private readonly WavelengthMonitorBinning _transmissionBinning;
    // Σ Ω of the pixels whose Q at each wavelength bin's midpoint falls in each Q bin: (wavelength, Q), fixed per job.
    private readonly double[] _solidAngleByWavelengthAndQ;
    private readonly QCounts _counts;
    private readonly double[] _incident;
    private readonly double[] _transmission;
    private bool _incidentSeen;
    private bool _transmissionSeen;

    public SansIofQWorkflow(SansParams parameters, SansStreams streams, SansPixels pixels, int firstDetectorNumber,
        WavelengthLookupTable table, DistanceRow incidentRow, DistanceRow transmissionRow)
    {
        _params = parameters;
        _streams = streams;
        var qEdges = parameters.QEdges.ValuesPerAngstrom();
        var wavelengths = parameters.WavelengthEdges.ValuesInAngstrom();
        _counts = QCounts.For(parameters, pixels, firstDetectorNumber, table);
        _incidentBinning = new WavelengthMonitorBinning(parameters.WavelengthEdges, WavelengthRange.Default, table, incidentRow);
        _transmissionBinning = new WavelengthMonitorBinning(parameters.WavelengthEdges, WavelengthRange.Default, table, transmissionRow);
        _incident = new double[wavelengths.Length - 1];
        _transmission = new double[wavelengths.Length - 1];
        _solidAngleByWavelengthAndQ = SolidAngleByWavelengthAndQ(pixels, wavelengths, qEdges);
    }

    public void Accumulate(StreamData data)
    {
        var name = data.StreamName;
        switch (data)
        {
            case EventStreamData events when name == _streams.Bank:
                foreach (var payload in events.Ev44Payloads)
                {
                    var view = Ev44View.Read(payload.Span);
                    _counts.Add(view.PixelId, view.TimeOfFlight);
                }
                break;
            case EventStreamData events when name == _streams.Incident || name == _streams.Transmission:
                foreach (var payload in events.Ev44Payloads)
                {
                    MonitorOf(name).Binning.AddEvents(Ev44View.Read(payload.Span).TimeOfFlight, MonitorOf(name).Counts);
                }
                MarkSeen(name);
                break;
            case HistogramStreamData histograms when name == _streams.Incident || name == _streams.Transmission:
                foreach (var histogram in histograms.Histograms)
                {
                    MonitorOf(name).Binning.AddHistogram(histogram, MonitorOf(name).Counts);
                }
                MarkSeen(name);
                break;
        }
    }

    public IReadOnlyDictionary<string, DataArray> Finalize()
    {
        if (!(_incidentSeen && _transmissionSeen))
        {
            return new Dictionary<string, DataArray>();
        }
        var fraction = Fraction();
        var outputs = new Dictionary<string, DataArray> { [IofQ] = IntensityOfQ(fraction) };
        if (_params.Transmission == TransmissionMode.CurrentRun)
        {
            outputs[TransmissionFraction] = new DataArray("Transmission Fraction",
                Variable.Doubles([WavelengthDim], [fraction.Length], "dimensionless", fraction),
                [new(WavelengthDim, Variable.Vector(WavelengthDim, _params.WavelengthEdges.Unit, _params.WavelengthEdges.Values()))]);
        }
        return outputs;
    }

    public void Reset()
    {
        _counts.Clear();
        Array.Clear(_incident);
        Array.Clear(_transmission);
        (_incidentSeen, _transmissionSeen) = (false, false);
    }


    private (WavelengthMonitorBinning Binning, double[] Counts) MonitorOf(string stream) =>
        stream == _streams.Incident ? (_incidentBinning, _incident) : (_transmissionBinning, _transmission);

    private void MarkSeen(string stream)
    {
        if (stream == _streams.Incident)
        {
            _incidentSeen = true;
        }
        if (stream == _streams.Transmission)
        {
            _transmissionSeen = true;
        }
    }

    // Upstream's transmission fraction without an empty-beam run: values of T(λ)/I(λ), no variances (NaN where I is 0).
    private double[] Fraction()
    {
        var fraction = new double[_incident.Length];
        for (var l = 0; l < fraction.Length; l++)
        {
            fraction[l] = _params.Transmission == TransmissionMode.CurrentRun ? _transmission[l] / _incident[l] : 1.0;
        }
        return fraction;
    }

    // I = N / D with D_j = Σ_λ M_λ Σ_p Ω; var(N) = N, var(M_λ) = var(I_λ)·frac², broadcast over the Q bins with upstream's
    // upper_bound (× number of Q bins). A wavelength bin without incident counts adds nothing to D (upstream: NaN).
    private DataArray IntensityOfQ(double[] fraction)
    {
        var qBins = _counts.Counts.Length;
        var denominator = new double[qBins];
        var denominatorVariance = new double[qBins];
        for (var l = 0; l < _incident.Length; l++)
        {
            if (_incident[l] == 0)
            {
                continue;
            }
            var monitor = _incident[l] * fraction[l];
            var monitorVariance = _incident[l] * fraction[l] * fraction[l] * qBins;
            for (var j = 0; j < qBins; j++)
            {
                var solidAngle = _solidAngleByWavelengthAndQ[l * qBins + j];
                denominator[j] += monitor * solidAngle;
                denominatorVariance[j] += monitorVariance * solidAngle * solidAngle;
            }
        }
        var values = new double[qBins];
        var variances = new double[qBins];
        for (var j = 0; j < qBins; j++)
        {
            var (n, d) = (_counts.Counts[j], denominator[j]);
            values[j] = n / d;
            variances[j] = n / (d * d) + n * n * denominatorVariance[j] / (d * d * d * d);
        }
        var wavelengths = _params.WavelengthEdges.Values();
        return new DataArray("I(Q)", Variable.Doubles([Q], [qBins], "dimensionless", values, variances),
        [
            new(Q, Variable.Vector(Q, _params.QEdges.Unit, _params.QEdges.Values())),
            new(WavelengthDim, Variable.Vector(WavelengthDim, _params.WavelengthEdges.Unit, [wavelengths[0], wavelengths[^1]])),
        ]);
    }

    private static double[] SolidAngleByWavelengthAndQ(SansPixels pixels, double[] wavelengthEdges, double[] qEdges)
    {
        var qBins = qEdges.Length - 1;
        var grid = new double[(wavelengthEdges.Length - 1) * qBins];
        for (var p = 0; p < pixels.Rows.Length; p++)
        {
            if (pixels.Rows[p].IsOutside)
            {
                continue;
            }
            for (var l = 0; l < wavelengthEdges.Length - 1; l++)
            {
                var mid = (wavelengthEdges[l] + wavelengthEdges[l + 1]) / 2;
                var bin = EdgeBinner.IndexOf(qEdges, ScatteringVector.FromSinTheta(mid, pixels.SinTheta[p]));
                if (bin >= 0)
                {
                    grid[l * qBins + bin] += pixels.SolidAngle[p];
                }
            }
        }
        return grid;
    }
}
