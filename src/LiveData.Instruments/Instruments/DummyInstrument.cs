using LiveData.Identity;
using LiveData.Workflows;
using LiveData.Workflows.MonitorHistogram;

namespace LiveData.Instruments;

/// <summary>The test instrument every upstream integration test uses.</summary>
internal static class DummyInstrument
{
    public const string Name = "dummy";

    public static Instrument Create()
    {
        string[] monitors = ["monitor1", "monitor2"];
        return new Instrument(
            Name,
            monitors,
            [new DetectorBank("panel_0", 1, 16384, [new("y", 128), new("x", 128)])],
            [new LogStream("motion1", "mm"), new LogStream("motion2", "deg")],
            [MonitorHistogramSpec.For(new WorkflowId(Name, MonitorHistogramSpec.WorkflowName, 1), monitors)]);
    }
}
