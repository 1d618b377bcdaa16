using LiveData.Core.Data;

namespace LiveData.Workflows.Powder;

/// <summary>
/// The DataArrays of a focussed pattern as upstream publishes them: I(d) over dim <c>dspacing</c>, I(d, 2θ) over
/// (<c>two_theta</c>, <c>dspacing</c>) and I(TOF) over <c>tof</c> (μs edges = DIFC · d edges, DIFC from the bank's
/// mean L1 + L2 and mean 2θ), each with N+1 edges as its coords in the parameters' units.
/// </summary>
public sealed class PowderOutputs
{
    private readonly Variable _dspacingEdges;
    private readonly Variable _twoThetaEdges;
    private readonly Variable _tofEdges;

    public PowderOutputs(PowderParams parameters, PowderPixels pixels)
    {
        _dspacingEdges = Variable.Vector("dspacing", parameters.DspacingEdges.Unit, parameters.DspacingEdges.Values());
        _twoThetaEdges = Variable.Vector("two_theta", parameters.TwoThetaEdges.Unit, parameters.TwoThetaEdges.Values());
        var difc = DSpacing.Difc(pixels.MeanFlightPathM, pixels.MeanTwoThetaRad);
        _tofEdges = Variable.Vector("tof", "us", Array.ConvertAll(parameters.DspacingEdges.ValuesInBaseUnit(), d => difc * d));
    }

    /// <summary>I(d), I(d, 2θ) and I(TOF) named <paramref name="dspacing"/>, <paramref name="twoTheta"/>, <paramref name="tof"/>.</summary>
    public void Add(IDictionary<string, DataArray> outputs, PowderPattern pattern, string unit, (string Name, string Title) dspacing, (string Name, string Title) twoTheta, (string Name, string Title) tof)
    {
        var bins = pattern.Dspacing.Length;
        outputs[dspacing.Name] = new DataArray(dspacing.Title,
            Variable.Doubles(["dspacing"], [bins], unit, pattern.Dspacing, pattern.DspacingVariances), [new("dspacing", _dspacingEdges)]);
        outputs[twoTheta.Name] = new DataArray(twoTheta.Title,
            Variable.Doubles(["two_theta", "dspacing"], [pattern.TwoThetaDspacing.Length / bins, bins], unit, pattern.TwoThetaDspacing, pattern.TwoThetaDspacingVariances),
            [new("two_theta", _twoThetaEdges), new("dspacing", _dspacingEdges)]);
        outputs[tof.Name] = new DataArray(tof.Title,
            Variable.Doubles(["tof"], [bins], unit, (double[])pattern.Dspacing.Clone(), (double[])pattern.DspacingVariances.Clone()), [new("tof", _tofEdges)]);
    }
}
