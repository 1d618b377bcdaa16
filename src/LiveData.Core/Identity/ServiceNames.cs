namespace LiveData.Core.Identity;

/// <summary>
/// The names of the services <c>livedata service NAME</c> runs: the backend services a workflow declares it runs in,
/// and the fake producers. Said once here, the lowest project that workflows, services, CLI and test drivers share.
/// </summary>
public static class ServiceNames
{
    public const string MonitorData = "monitor_data";
    public const string DetectorData = "detector_data";
    public const string DataReduction = "data_reduction";
    public const string Timeseries = "timeseries";
    public const string FakeMonitors = "fake_monitors";
    public const string FakeDetectors = "fake_detectors";
    public const string FakeLogdata = "fake_logdata";
}
