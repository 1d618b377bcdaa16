using System.Text.Json;
using LiveData.Core.Identity;
using LiveData.Workflows.Parameters;
using LiveData.Workflows.Unavailable;
using LiveData.Workflows.Wavelength;

namespace LiveData.Workflows.MonitorHistogram;

/// <summary>The monitor histogram workflow as an instrument declares it (group/service monitor_data).</summary>
public sealed class MonitorHistogramSpec : IWorkflowFactory
{
    public const string WorkflowName = "monitor_histogram";
    public const string ServiceName = ServiceNames.MonitorData;

    private static readonly OutputSpec[] Outputs =
    [
        new(TimeOfArrivalOutputs.Cumulative, "Histogram", Temporality.Cumulative),
        new(TimeOfArrivalOutputs.Current, "Histogram update", Temporality.Window),
        new(TimeOfArrivalOutputs.CountsTotal, "Total", Temporality.Window),
        new(TimeOfArrivalOutputs.CountsInToaRange, "Total in range", Temporality.Window),
        new(TimeOfArrivalOutputs.CountsTotalCumulative, "Total", Temporality.Cumulative),
        new(TimeOfArrivalOutputs.CountsInToaRangeCumulative, "Total in range", Temporality.Cumulative),
    ];

    /// <summary>The monitor histogram's id on <paramref name="instrument"/> (version 1, as upstream registers it).</summary>
    public static WorkflowId Id(string instrument) => new(instrument, WorkflowName, 1);

    /// <summary>The monitor histogram every instrument offers over all its monitors.</summary>
    public static WorkflowSpec For(string instrument, IReadOnlyList<string> monitors) => For(Id(instrument), monitors);

    public static WorkflowSpec For(WorkflowId id, IReadOnlyList<string> monitors) =>
        new(id, ServiceName, "Monitor histogram", monitors, Outputs, new MonitorHistogramSpec());

    public JsonElement DefaultParams => MonitorHistogramParams.Default.ToJson();

    public IWorkflow Create(string sourceName, JsonElement parameters, IInstrumentFiles files)
    {
        var parsed = MonitorHistogramParams.Parse(parameters);
        return parsed.Mode == CoordinateMode.Wavelength
            ? new MonitorHistogramWorkflow(WavelengthBinning(sourceName, parsed, files))
            : new MonitorHistogramWorkflow(parsed);
    }

    // Upstream needs both files in wavelength mode: the geometry for the monitor's flight path, and the table.
    private static WavelengthMonitorBinning WavelengthBinning(string monitor, MonitorHistogramParams parameters, IInstrumentFiles files) =>
        new(parameters.WavelengthEdges, parameters.WavelengthRange, files.LookupTable, FlightPathRows.OfMonitor(files, monitor, "wavelength mode"));
}
