using LiveData.Identity;
using LiveData.Workflows.MonitorHistogram;

namespace LiveData.Instruments;

/// <summary>DREAM, the powder diffractometer.</summary>
internal static class DreamInstrument
{
    public const string Name = "dream";

    public static Instrument Create()
    {
        string[] monitors = ["monitor_bunker", "monitor_cave"];
        return new Instrument(
            Name,
            monitors,
            [],
            [],
            [MonitorHistogramSpec.For(new WorkflowId(Name, MonitorHistogramSpec.WorkflowName, 1), monitors)]);
    }
}
