using LiveData.Core.Data;
using LiveData.Wire.Ev44;
using LiveData.Workflows.Histogramming;
using LiveData.Workflows.Parameters;
using LiveData.Workflows.Wavelength;

namespace LiveData.Workflows.Reflectometry;

/// <summary>
/// Upstream's live ESTIA reduction: every event gets λ from the lookup table at its pixel's L1 + L2 and the pixel's θ,
/// weighted 1 / (sin θ · 1 µA); the weights accumulate in I(θ, λ) since the job started. I(λ) sums I(θ, λ) over θ,
/// and I(Q) puts each (θ, λ) cell whole into the Q bin of Q = 4π sin θ_mid / λ_mid at the cell's centre.
/// </summary>
public sealed class ReflectometryReductionWorkflow : IWorkflow
{
    private const string Theta = "theta";
    private const string WavelengthDim = "wavelength";
    private const string QDim = "Q";
    private readonly double[] _thetaEdgesRad;
    private readonly WavelengthBinner _wavelengths;
    private readonly EdgeBinner _q;
    private readonly ThetaWavelengthHistogram _histogram;

    public ReflectometryReductionWorkflow(ReflectometryPixels pixels, WavelengthLookupTable table, int firstDetectorNumber, ReflectometryParams parameters)
    {
        _thetaEdgesRad = parameters.ThetaEdges.ValuesIn(ReflectometryUnits.Angles);
        _wavelengths = new WavelengthBinner(parameters.WavelengthEdges);
        _q = new EdgeBinner(parameters.QEdges.ValuesIn(ReflectometryUnits.Q));
        _histogram = new ThetaWavelengthHistogram(pixels, table, firstDetectorNumber, _thetaEdgesRad.Length - 1, _wavelengths);
    }

    public void Accumulate(StreamData data)
    {
        if (data is not EventStreamData events)
        {
            return;
        }
        foreach (var payload in events.Ev44Payloads)
        {
            var view = Ev44View.Read(payload.Span);
            _histogram.Add(view.PixelId, view.TimeOfFlight);
        }
    }

    public IReadOnlyDictionary<string, DataArray> Finalize() => new Dictionary<string, DataArray>
    {
        [ReflectometryOutputs.IOfWavelength] = OfWavelength(),
        [ReflectometryOutputs.IOfQ] = OfQ(),
        [ReflectometryOutputs.IOfThetaWavelength] = ThetaWavelength(),
    };

    public void Reset() => _histogram.Clear();

    private DataArray ThetaWavelength()
    {
        var rows = _thetaEdgesRad.Length - 1;
        var thetaDegrees = Array.ConvertAll(_thetaEdgesRad, t => t * 180 / Math.PI);
        return new DataArray("I(θ, λ)",
            Variable.Doubles([Theta, WavelengthDim], [rows, _wavelengths.BinCount], ReflectometryOutputs.Unit, (double[])_histogram.Values.Clone(), (double[])_histogram.Variances.Clone()),
            [new(Theta, Variable.Vector(Theta, ReflectometryUnits.Degree, thetaDegrees)), new(WavelengthDim, WavelengthEdgesCoord())]);
    }

    private DataArray OfWavelength()
    {
        var columns = _wavelengths.BinCount;
        var values = new double[columns];
        var variances = new double[columns];
        for (var cell = 0; cell < _histogram.Values.Length; cell++)
        {
            values[cell % columns] += _histogram.Values[cell];
            variances[cell % columns] += _histogram.Variances[cell];
        }
        return new DataArray("I(λ)", Variable.Doubles([WavelengthDim], [columns], ReflectometryOutputs.Unit, values, variances),
            [new(WavelengthDim, WavelengthEdgesCoord())]);
    }

    private DataArray OfQ()
    {
        var values = new double[_q.BinCount];
        var variances = new double[_q.BinCount];
        var wavelengthEdges = _wavelengths.Edges;
        var columns = _wavelengths.BinCount;
        for (var row = 0; row < _thetaEdgesRad.Length - 1; row++)
        {
            var theta = (_thetaEdgesRad[row] + _thetaEdgesRad[row + 1]) / 2;
            for (var column = 0; column < columns; column++)
            {
                var bin = _q.BinOf(ReflectionAngles.Q(theta, (wavelengthEdges[column] + wavelengthEdges[column + 1]) / 2));
                if (bin >= 0)
                {
                    values[bin] += _histogram.Values[row * columns + column];
                    variances[bin] += _histogram.Variances[row * columns + column];
                }
            }
        }
        return new DataArray("I(Q)", Variable.Doubles([QDim], [values.Length], ReflectometryOutputs.Unit, values, variances),
            [new(QDim, Variable.Vector(QDim, ReflectometryUnits.InverseAngstrom, _q.Edges.ToArray()))]);
    }

    // Upstream converts the wavelength edges to Å before histogramming.
    private Variable WavelengthEdgesCoord() => Variable.Vector(WavelengthDim, WavelengthUnit.Angstrom, _wavelengths.Edges.ToArray());
}
