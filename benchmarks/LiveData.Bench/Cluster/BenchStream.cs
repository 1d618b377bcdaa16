using LiveData.Core.Identity;
using LiveData.Messaging.Topics;
using LiveData.Workflows.DetectorView;
using LiveData.Workflows.MonitorHistogram;

namespace LiveData.Bench.Cluster;

/// <summary>
/// One raw data path of the dummy instrument as the bench drives it: the fake producing it (at a rate
/// multiplier), the backend service reading it, the workflow whose results show it, and its raw topic.
/// </summary>
public sealed record BenchStream(string Kind, Func<double, BenchService> Fake, BenchService Backend, WorkflowId Workflow, Func<InstrumentTopics, string> RawTopic)
{
    /// <summary>The instrument every upstream integration test and the fakes' nominal rates are defined for.</summary>
    public const string Instrument = "dummy";

    /// <summary>monitor1 and monitor2 events (≈ 240k events/s nominal) into the monitor histogram.</summary>
    public static BenchStream Monitors { get; } = new(
        "monitor",
        BenchService.FakeMonitors,
        BenchService.Backend(MonitorHistogramSpec.ServiceName),
        new WorkflowId(Instrument, MonitorHistogramSpec.WorkflowName, 1),
        topics => topics.BeamMonitor);

    /// <summary>panel_0 events (≈ 140k events/s nominal) into its x-y detector view.</summary>
    public static BenchStream Detectors { get; } = new(
        "detector",
        BenchService.FakeDetectors,
        BenchService.Backend(DetectorViewSpec.ServiceName),
        new WorkflowId(Instrument, "panel_0_xy", 1),
        topics => topics.Detector);

    public static IReadOnlyList<BenchStream> All { get; } = [Monitors, Detectors];
}
