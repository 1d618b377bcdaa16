using LiveData.Identity;
using LiveData.Workflows.MonitorHistogram;

namespace LiveData.Instruments;

/// <summary>LoKI, the small-angle scattering instrument.</summary>
internal static class LokiInstrument
{
    public const string Name = "loki";

    public static Instrument Create()
    {
        string[] monitors = ["beam_monitor_m0", "beam_monitor_m1", "beam_monitor_m2", "beam_monitor_m3", "beam_monitor_m4"];
        return new Instrument(
            Name,
            monitors,
            [],
            [],
            [MonitorHistogramSpec.For(new WorkflowId(Name, MonitorHistogramSpec.WorkflowName, 1), monitors)]);
    }
}
