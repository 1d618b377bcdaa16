namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// The service groups scenarios start by name, as upstream's fixtures define them: fakes first, then the
/// backend services that consume what the fakes publish (with DEV stream names).
/// </summary>
public static class ServiceGroupCatalog
{
    private static readonly string[] FakeReadiness = ["Service started"];
    private static readonly string[] BackendReadiness = ["Service started", "kafka_consumer_ready"];

    // By name, in the order the glossary lists them.
    private static readonly (string Name, Func<IReadOnlyList<ServiceSpec>> Services)[] Groups =
    [
        ("monitor", () => Monitor(MonitorReadout.Events)),
        ("detector", () => [FakeDetectors, Backend("detector_data")]),
        ("reduction", () => [FakeDetectors, Backend("detector_data"), Backend("data_reduction")]),
        ("timeseries", () => [Backend("timeseries")]),
        ("area_detector", () => [new("fake_detectors", ["--mode", "ad00"], FakeReadiness), Backend("detector_data")]),
        ("logdata", () => [new("fake_logdata", [], FakeReadiness), Backend("timeseries")]),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. Groups.Select(g => g.Name)];

    public static IReadOnlyList<ServiceSpec> Get(string group) =>
        Array.Find(Groups, g => g.Name == group).Services?.Invoke()
        ?? throw new ArgumentException($"Unknown service group '{group}'. Known groups: {string.Join(", ", Names)}");

    private static ServiceSpec FakeDetectors => new("fake_detectors", [], FakeReadiness);

    private static ServiceSpec Backend(string name) => new(name, ["--dev"], BackendReadiness);

    /// <summary>fake_detectors, then one detector_data worker per group of sources (<c>--sources</c>), splitting the detectors between them.</summary>
    public static IReadOnlyList<ServiceSpec> DetectorWorkers(IEnumerable<string> sourceGroups) =>
        [FakeDetectors, .. sourceGroups.Select(sources => new ServiceSpec("detector_data", ["--dev", "--sources", sources], BackendReadiness))];

    /// <summary>monitor_data alone, for scenarios that publish the raw data themselves.</summary>
    public static IReadOnlyList<ServiceSpec> MonitorDataOnly() => [new("monitor_data", ["--dev"], BackendReadiness)];

    /// <summary>detector_data alone, for scenarios that publish the detector events themselves.</summary>
    public static IReadOnlyList<ServiceSpec> DetectorDataOnly() => [Backend("detector_data")];

    /// <summary>fake_monitors sending events (ev44) or histograms (da00) for the first monitors, then monitor_data.</summary>
    public static IReadOnlyList<ServiceSpec> Monitor(MonitorReadout readout, int monitors = 2) =>
    [
        new("fake_monitors", ["--mode", readout == MonitorReadout.Events ? "ev44" : "da00", "--num-monitors", monitors.ToString(System.Globalization.CultureInfo.InvariantCulture)], FakeReadiness),
        new("monitor_data", ["--dev"], BackendReadiness),
    ];
}

/// <summary>One service of a group: its name, extra arguments and the log lines that mean it is ready.</summary>
public sealed record ServiceSpec(string Name, IReadOnlyList<string> Arguments, IReadOnlyList<string> Readiness);

/// <summary>What a beam monitor's readout sends: individual neutron events, or histograms it binned itself.</summary>
public enum MonitorReadout
{
    Events,
    Histograms,
}
