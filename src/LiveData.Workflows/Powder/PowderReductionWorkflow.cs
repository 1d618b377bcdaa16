using LiveData.Core.Data;
using LiveData.Wire.Ev44;

namespace LiveData.Workflows.Powder;

/// <summary>
/// A bank's powder reduction: the Lorentz-weighted (fine 2θ, d) histogram accumulated since the start or reset,
/// focussed and divided by its own sum at every update; with a vanadium pattern, also divided by that.
/// </summary>
public sealed class PowderReductionWorkflow : IWorkflow
{
    /// <summary>The unit upstream's outputs carry: counts·Å⁴ over a fake charge in counts/µAh.</summary>
    public const string FocussedUnit = "Å^4*uAh";

    private readonly PowderHistogram _histogram;
    private readonly PowderPixels _pixels;
    private readonly double[] _twoThetaEdgesRad;
    private readonly PowderOutputs _outputs;
    private readonly PowderPattern? _vanadium;

    public PowderReductionWorkflow(PowderHistogram histogram, PowderPixels pixels, PowderParams parameters, PowderPattern? vanadium = null)
    {
        _histogram = histogram;
        _pixels = pixels;
        _twoThetaEdgesRad = parameters.TwoThetaEdges.ValuesInBaseUnit();
        _outputs = new PowderOutputs(parameters, pixels);
        _vanadium = vanadium;
    }

    public void Accumulate(StreamData data)
    {
        if (data is not EventStreamData events)
        {
            return;
        }
        foreach (var payload in events.Ev44Payloads)
        {
            var message = Ev44View.Read(payload.Span);
            _histogram.Add(message.PixelId, message.TimeOfFlight);
        }
    }

    public IReadOnlyDictionary<string, DataArray> Finalize()
    {
        var outputs = new Dictionary<string, DataArray>();
        // Divided by its own sum, a pattern of no events would be all NaN: nothing is shown until one counts.
        if (_histogram.IsEmpty)
        {
            return outputs;
        }
        var pattern = PowderPattern.Normalised(_histogram, _pixels.FineTwoThetaEdges, _twoThetaEdgesRad);
        _outputs.Add(outputs, pattern, FocussedUnit, ("focussed_data_dspacing", "I(d)"), ("focussed_data_dspacing_two_theta", "I(d, 2θ)"), ("focussed_data_tof", "I(TOF)"));
        if (_vanadium is not null)
        {
            _outputs.Add(outputs, pattern.DividedBy(_vanadium), "dimensionless",
                ("i_of_dspacing", "Normalized I(d)"), ("i_of_dspacing_two_theta", "Normalized I(d, 2θ)"), ("i_of_tof", "Normalized I(TOF)"));
        }
        return outputs;
    }

    public void Reset() => _histogram.Clear();
}
