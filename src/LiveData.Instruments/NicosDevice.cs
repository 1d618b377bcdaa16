using LiveData.Core.Identity;
using LiveData.Workflows;

namespace LiveData.Instruments;

/// <summary>
/// One workflow output NICOS reads as a derived device: republished under a stable device name, free of the
/// job number, so the device keeps its identity across restarts and reconfigurations.
/// </summary>
public sealed record NicosDevice(string DeviceName, WorkflowId WorkflowId, string SourceName, string OutputName)
{
    /// <summary>
    /// <c>&lt;source&gt;_counts_total</c> for each source: the cumulative total of the workflow, the device every
    /// instrument's upstream device contract lists per monitor and detector.
    /// </summary>
    public static IEnumerable<NicosDevice> CountsTotals(WorkflowId workflowId, IEnumerable<string> sourceNames) =>
        sourceNames.Select(source => new NicosDevice($"{source}_counts_total", workflowId, source, TimeOfArrivalOutputs.CountsTotalCumulative));
}
