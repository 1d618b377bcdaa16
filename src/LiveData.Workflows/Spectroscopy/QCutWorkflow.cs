using LiveData.Core.Data;
using LiveData.Wire.Ev44;
using LiveData.Workflows.Histogramming;
using LiveData.Workflows.Reflectometry;
using LiveData.Workflows.Wavelength;

namespace LiveData.Workflows.Spectroscopy;

/// <summary>
/// Upstream's live BIFROST Q cut (essspectroscopy): per event, the time at the sample t_s = (event_time_offset − the
/// pixel's secondary flight time) mod the pulse period; the incident wavelength λ_i from the lookup table at L1 and
/// t_s; ΔE = E_i − E_f; Q⃗ = k⃗_i − k⃗_f turned into the sample frame by −a3 about the vertical; each event counted in
/// the (arc, axis2, axis1) histogram since the job started, weighted by 1 / (p(λ_i) · 1 pC) from the normalisation
/// monitor's spectrum (variances Σ w², the spectrum's own dropped as upstream). The sample rotation a3 of each pulse
/// is its log's value at the pulse's time (<see cref="SampleRotationLog"/>). "Elastic" maps integrate over every
/// energy transfer, as upstream's do.
/// </summary>
public sealed class QCutWorkflow : IWorkflow
{
    public const string Output = "cut_data";
    private readonly IndirectPixels _pixels;
    private readonly IncidentSpectrum _spectrum;
    private readonly WavelengthLookupTable _table;
    private readonly int _firstDetectorNumber;
    private readonly string _sampleRotationStream;
    private readonly CutAxis _axis1;
    private readonly CutAxis _axis2;
    private readonly EdgeBinner _bins1;
    private readonly EdgeBinner _bins2;
    private readonly double[] _values;
    private readonly double[] _variances;
    private readonly SampleRotationLog _rotation = new();

    public QCutWorkflow(IndirectPixels pixels, IncidentSpectrum spectrum, WavelengthLookupTable table, int firstDetectorNumber, string sampleRotationStream, CutAxis axis1, CutAxis axis2)
    {
        _pixels = pixels;
        _spectrum = spectrum;
        _table = table;
        _firstDetectorNumber = firstDetectorNumber;
        _sampleRotationStream = sampleRotationStream;
        _axis1 = axis1;
        _axis2 = axis2;
        _bins1 = new EdgeBinner(axis1.EdgesInBaseUnit);
        _bins2 = new EdgeBinner(axis2.EdgesInBaseUnit);
        _values = new double[AnalyserArcs.Count * _bins2.BinCount * _bins1.BinCount];
        _variances = new double[_values.Length];
    }

    /// <summary>The newest logged sample rotation a3 in degrees.</summary>
    public double SampleRotationDegrees => _rotation.LatestDegrees;

    public void Accumulate(StreamData data)
    {
        switch (data)
        {
            case LogStreamData log when log.StreamName == _sampleRotationStream:
                _rotation.Add(log.Samples);
                break;
            case EventStreamData events:
                foreach (var payload in events.Ev44Payloads)
                {
                    AddMessage(Ev44View.Read(payload.Span));
                }
                break;
        }
    }

    public IReadOnlyDictionary<string, DataArray> Finalize() => new Dictionary<string, DataArray>
    {
        [Output] = new DataArray(Output,
            Variable.Doubles([AnalyserArcs.Dim, _axis2.Dim, _axis1.Dim], [AnalyserArcs.Count, _bins2.BinCount, _bins1.BinCount], IncidentSpectrum.WeightedUnit,
                (double[])_values.Clone(), (double[])_variances.Clone()),
            [
                new(AnalyserArcs.Dim, Variable.Vector(AnalyserArcs.Dim, AnalyserArcs.Unit, [.. AnalyserArcs.FinalEnergies])),
                new(_axis2.Dim, Variable.Vector(_axis2.Dim, _axis2.Unit, (double[])_axis2.Edges.Clone())),
                new(_axis1.Dim, Variable.Vector(_axis1.Dim, _axis1.Unit, (double[])_axis1.Edges.Clone())),
            ]),
    };

    public void Reset()
    {
        Array.Clear(_values);
        Array.Clear(_variances);
    }

    // Each pulse of the message (reference_time with its first event's index) turned by its own a3.
    private void AddMessage(Ev44View view)
    {
        var pixelIds = view.PixelId;
        var offsets = view.TimeOfFlight;
        var pulses = view.ReferenceTime;
        if (pulses.Length == 0)
        {
            AddEvents(pixelIds, offsets, _rotation.Latest);
            return;
        }
        var starts = view.ReferenceTimeIndex;
        for (var pulse = 0; pulse < pulses.Length; pulse++)
        {
            var start = Math.Min(pulse < starts.Length ? starts[pulse] : 0, offsets.Length);
            var end = pulse + 1 < starts.Length ? Math.Min(starts[pulse + 1], offsets.Length) : offsets.Length;
            if (end > start)
            {
                AddEvents(pixelIds[start..end], offsets[start..end], _rotation.At(pulses[pulse]));
            }
        }
    }

    private void AddEvents(ReadOnlySpan<int> pixelIds, ReadOnlySpan<int> eventTimeOffsetNs, (double Cosine, double Sine) rotation)
    {
        var arcs = _pixels.Arcs;
        var secondary = _pixels.SecondaryTimeNs;
        var finalEnergies = _pixels.FinalEnergies;
        var (kfX, kfY, kfZ) = (_pixels.KfX, _pixels.KfY, _pixels.KfZ);
        var row = _pixels.PrimaryFlight;
        var period = _table.PulsePeriodNs;
        var (cosine, sine) = rotation;
        var columns1 = _bins1.BinCount;
        var perArc = _bins2.BinCount * columns1;
        for (var i = 0; i < eventTimeOffsetNs.Length; i++)
        {
            // Ids below the first detector number wrap to large unsigned values, so one comparison bounds both ends.
            var pixel = (uint)(pixelIds[i] - _firstDetectorNumber);
            if (pixel >= (uint)arcs.Length || arcs[pixel] < 0)
            {
                continue;
            }
            var atSample = (eventTimeOffsetNs[i] - secondary[pixel]) % period;
            var wavelength = _table.Wavelength(row, atSample < 0 ? atSample + period : atSample);
            var weight = _spectrum.WeightOf(wavelength);
            if (!(weight > 0))
            {
                continue;
            }
            var energyTransfer = NeutronEnergy.FromWavelength(wavelength) - finalEnergies[pixel];
            // Q⃗_lab = k⃗_i − k⃗_f with k⃗_i along z; the sample frame is Q⃗_lab turned by −a3 about y.
            var labX = -kfX[pixel];
            var qy = -kfY[pixel];
            var labZ = NeutronEnergy.WaveNumber(wavelength) - kfZ[pixel];
            var qx = labX * cosine - labZ * sine;
            var qz = labX * sine + labZ * cosine;
            var bin1 = _bins1.BinOf(_axis1.ValueOf(energyTransfer, qx, qy, qz));
            var bin2 = _bins2.BinOf(_axis2.ValueOf(energyTransfer, qx, qy, qz));
            if (bin1 < 0 || bin2 < 0)
            {
                continue;
            }
            var cell = arcs[pixel] * perArc + bin2 * columns1 + bin1;
            _values[cell] += weight;
            _variances[cell] += weight * weight;
        }
    }
}
