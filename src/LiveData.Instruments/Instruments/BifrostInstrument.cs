using LiveData.Identity;
using LiveData.Workflows.MonitorHistogram;

namespace LiveData.Instruments;

/// <summary>BIFROST, the indirect-geometry spectrometer.</summary>
internal static class BifrostInstrument
{
    public const string Name = "bifrost";

    public static Instrument Create()
    {
        string[] monitors = ["psc_monitor", "overlap_monitor", "bandwidth_monitor", "normalization_monitor", "elastic_monitor"];
        return new Instrument(
            Name,
            monitors,
            [],
            [],
            [MonitorHistogramSpec.For(new WorkflowId(Name, MonitorHistogramSpec.WorkflowName, 1), monitors)]);
    }
}
