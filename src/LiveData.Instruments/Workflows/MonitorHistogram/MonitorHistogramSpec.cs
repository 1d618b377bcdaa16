using System.Text.Json;
using LiveData.Identity;
using LiveData.Instruments;

namespace LiveData.Workflows.MonitorHistogram;

/// <summary>The monitor histogram workflow as an instrument declares it (group/service monitor_data).</summary>
public sealed class MonitorHistogramSpec : IWorkflowFactory
{
    public const string WorkflowName = "monitor_histogram";
    public const string ServiceName = ServiceNames.MonitorData;
    public const string Cumulative = "cumulative";
    public const string Current = "current";
    public const string CountsTotal = "counts_total";
    public const string CountsInToaRange = "counts_in_toa_range";
    public const string CountsTotalCumulative = "counts_total_cumulative";
    public const string CountsInToaRangeCumulative = "counts_in_toa_range_cumulative";

    private static readonly OutputSpec[] Outputs =
    [
        new(Cumulative, "Histogram", Temporality.Cumulative),
        new(Current, "Histogram update", Temporality.Window),
        new(CountsTotal, "Total", Temporality.Window),
        new(CountsInToaRange, "Total in range", Temporality.Window),
        new(CountsTotalCumulative, "Total", Temporality.Cumulative),
        new(CountsInToaRangeCumulative, "Total in range", Temporality.Cumulative),
    ];

    public static WorkflowSpec For(WorkflowId id, IReadOnlyList<string> monitors) =>
        new(id, ServiceName, "Monitor histogram", monitors, Outputs, new MonitorHistogramSpec());

    public JsonElement DefaultParams => MonitorHistogramParams.Default.ToJson();

    public IWorkflow Create(string sourceName, JsonElement parameters) =>
        new MonitorHistogramWorkflow(MonitorHistogramParams.Parse(parameters));
}
