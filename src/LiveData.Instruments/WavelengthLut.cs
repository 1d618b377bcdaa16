using LiveData.Core.Identity;
using LiveData.Workflows;
using LiveData.Workflows.Unavailable;

namespace LiveData.Instruments;

/// <summary>
/// Upstream's <c>wavelength_lut</c>, which every instrument with disk choppers offers in the timeseries service: the
/// time-of-flight → wavelength lookup table of its chopper cascade. It needs a simulation of the chopper cascade
/// (upstream's <c>tof</c> package) that LiveData does not have, so it is declared with upstream's names and answered
/// with an ERR; wavelength mode reads its lookup table from a file instead.
/// </summary>
public static class WavelengthLut
{
    public const string WorkflowName = "wavelength_lut";
    public const string Source = "chopper_cascade";

    /// <param name="choppers">The disk choppers in beam order, as upstream lists them.</param>
    public static WorkflowSpec Unavailable(string instrument, IReadOnlyList<string> choppers) =>
        UnavailableWorkflow.Spec(new WorkflowId(instrument, WorkflowName, 1), ServiceNames.Timeseries, "Wavelength lookup table", [Source],
            [new(WorkflowName, "Wavelength lookup table", Temporality.Cumulative), new("chopper_cascade_bands", "Chopper cascade bands", Temporality.Cumulative)],
            $"a simulation of the chopper cascade ({string.Join(", ", choppers)}); wavelength mode reads its lookup table from a file, see `livedata lookup-table`") with { SupportsReset = false };
}
