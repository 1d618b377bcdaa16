using System.Text.Json;
using LiveData.Core.Identity;
using LiveData.Geometry.Nexus;
using LiveData.Workflows.Unavailable;

namespace LiveData.Workflows.Powder;

/// <summary>
/// Upstream's DREAM powder reduction (essdiffraction through esslivedata) for one detector bank, with or without a
/// vanadium normalisation. Per event: λ from the lookup table at the pixel's L1 + L2, d = λ / (2 sin θ) from the
/// pixel's 2θ, weight × the Lorentz factor d⁴ sin θ; the (fine 2θ, d) histogram is accumulated and, at every update,
/// divided by its own sum and focussed.
/// <para>
/// Normalisation, decided faithfully: upstream's live pipeline divides by a fake proton charge, the histogram's own
/// sum, and applies the Lorentz factor, so I(d) is a shape summing to 1 in the odd unit Å⁴·µAh. LiveData publishes the
/// same numbers and unit, so a scientist sees what upstream shows and the two can be compared. The cave monitor is
/// not declared as an aux source: upstream accumulates it but no output uses it. I(d, 2θ) has dims (two_theta,
/// dspacing), the order upstream computes, not the (dspacing, two_theta) of its output template.
/// </para>
/// <para>
/// The vanadium variant divides by the pattern of a vanadium run reduced the same way (it sums to 1 too), giving a
/// dimensionless I(d). Upstream reads a fixed vanadium file; LiveData reads <see cref="VanadiumFileName"/> from the
/// instrument's data directory, a NeXus file with NXevent_data per bank as <c>livedata nexus run</c> writes.
/// </para>
/// </summary>
public sealed class PowderReductionSpec(bool withVanadium) : IWorkflowFactory
{
    public const string VanadiumFileName = "vanadium.nxs";

    private static readonly OutputSpec[] Focussed =
    [
        new("focussed_data_dspacing", "I(d)", Temporality.Cumulative),
        new("focussed_data_dspacing_two_theta", "I(d, 2θ)", Temporality.Cumulative),
        new("focussed_data_tof", "I(TOF)", Temporality.Cumulative),
    ];

    private static readonly OutputSpec[] Normalised =
    [
        new("i_of_dspacing", "Normalized I(d)", Temporality.Cumulative),
        new("i_of_dspacing_two_theta", "Normalized I(d, 2θ)", Temporality.Cumulative),
        new("i_of_tof", "Normalized I(TOF)", Temporality.Cumulative),
    ];

    public static WorkflowSpec Spec(string instrument, IReadOnlyList<string> banks) =>
        new(new WorkflowId(instrument, "powder_reduction", 1), ServiceNames.DataReduction, "Powder reduction", banks, Focussed, new PowderReductionSpec(false));

    public static WorkflowSpec WithVanadiumSpec(string instrument, IReadOnlyList<string> banks) =>
        new(new WorkflowId(instrument, "powder_reduction_with_vanadium", 1), ServiceNames.DataReduction, "Powder reduction (with vanadium)", banks,
            [.. Focussed, .. Normalised], new PowderReductionSpec(true));

    public JsonElement DefaultParams => PowderParams.Default.ToJson();

    public IWorkflow Create(string sourceName, JsonElement parameters, IInstrumentFiles files)
    {
        var parsed = PowderParams.Parse(parameters);
        var geometry = files.Geometry;
        var table = files.LookupTable;
        var pixels = PowderPixels.Of(table, geometry, sourceName);
        var vanadium = withVanadium ? Vanadium(sourceName, parsed, pixels, files) : null;
        return new PowderReductionWorkflow(new PowderHistogram(pixels, table, parsed), pixels, parsed, vanadium);
    }

    private static PowderPattern Vanadium(string bank, PowderParams parameters, PowderPixels pixels, IInstrumentFiles files)
    {
        var path = files.DataFilePath(VanadiumFileName);
        if (!File.Exists(path))
        {
            throw new WorkflowNotAvailableException(
                $"the vanadium normalisation needs a vanadium run and there is no file {path}: put a NeXus file with the vanadium's NXevent_data of each bank there "
                + "(`livedata nexus run --instrument dream --sample vanadium --output " + path + "` records a synthetic one)");
        }
        RecordedRun run;
        try
        {
            run = RecordedEventsReader.Read(path);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new WorkflowNotAvailableException($"the vanadium run {path} cannot be used: {e.Message}");
        }
        var events = run.Detectors.FirstOrDefault(d => d.Name == bank)
            ?? throw new WorkflowNotAvailableException($"the vanadium run {path} has no events of {bank}");
        var histogram = new PowderHistogram(pixels, files.LookupTable, parameters);
        for (var pulse = 0; pulse < events.PulseCount; pulse++)
        {
            var (ids, offsets) = events.Pulse(pulse);
            histogram.Add(ids.Span, offsets.Span);
        }
        if (histogram.IsEmpty)
        {
            throw new WorkflowNotAvailableException($"the vanadium run {path} has no events of {bank} inside the wavelength range and d-spacing edges: dividing by it would give NaN everywhere");
        }
        return PowderPattern.Normalised(histogram, pixels.FineTwoThetaEdges, parameters.TwoThetaEdges.ValuesInBaseUnit());
    }
}
