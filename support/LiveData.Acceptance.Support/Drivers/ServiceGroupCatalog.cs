using System.Globalization;
using LiveData.Core.Identity;
using LiveData.Instruments;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// The service groups scenarios start by name, as upstream's fixtures define them: fakes first, then the
/// backend services that consume what the fakes publish (with DEV stream names).
/// </summary>
public static class ServiceGroupCatalog
{
    private static readonly string[] FakeReadiness = ["Service started"];
    private static readonly string[] BackendReadiness = ["Service started", "kafka_consumer_ready"];

    // By name, in the order the glossary lists them. The monitor group fakes every monitor of the instrument, so a
    // scenario may follow any of them.
    private static readonly (string Name, Func<Instrument, IReadOnlyList<ServiceSpec>> Services)[] Groups =
    [
        ("monitor", instrument => Monitor(MonitorReadout.Events, instrument)),
        ("detector", _ => [FakeDetectors, Backend(ServiceNames.DetectorData)]),
        ("reduction", _ => [FakeDetectors, Backend(ServiceNames.DetectorData), Backend(ServiceNames.DataReduction)]),
        ("timeseries", _ => [Backend(ServiceNames.Timeseries)]),
        ("area_detector", _ => [FakeImages, Backend(ServiceNames.DetectorData)]),
        ("logdata", _ => [new(ServiceNames.FakeLogdata, [], FakeReadiness), Backend(ServiceNames.Timeseries)]),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. Groups.Select(g => g.Name)];

    public static IReadOnlyList<ServiceSpec> Get(string group, Instrument instrument) =>
        Array.Find(Groups, g => g.Name == group).Services?.Invoke(instrument)
        ?? throw new ArgumentException($"Unknown service group '{group}'. Known groups: {string.Join(", ", Names)}");

    private static ServiceSpec FakeDetectors => new(ServiceNames.FakeDetectors, [], FakeReadiness);

    private static ServiceSpec FakeImages => new(ServiceNames.FakeDetectors, ["--mode", "ad00"], FakeReadiness);

    private static ServiceSpec Backend(string name) => new(name, ["--dev"], BackendReadiness);

    /// <summary>fake_detectors, then one detector_data worker per group of sources (<c>--sources</c>), splitting the detectors between them.</summary>
    public static IReadOnlyList<ServiceSpec> DetectorWorkers(IEnumerable<string> sourceGroups) =>
        [FakeDetectors, .. sourceGroups.Select(sources => new ServiceSpec(ServiceNames.DetectorData, ["--dev", "--sources", sources], BackendReadiness))];

    /// <summary>monitor_data alone, for scenarios that publish the raw data themselves.</summary>
    public static IReadOnlyList<ServiceSpec> MonitorDataOnly() => [new(ServiceNames.MonitorData, ["--dev"], BackendReadiness)];

    /// <summary>
    /// fake_detectors sending events for every detector and, when the instrument has area detectors, a second one
    /// sending their images, then detector_data: every detector view of the instrument gets data.
    /// </summary>
    public static IReadOnlyList<ServiceSpec> EveryDetector(Instrument instrument) =>
        [FakeDetectors, .. instrument.AreaDetectors.Count > 0 ? [FakeImages] : Array.Empty<ServiceSpec>(), Backend(ServiceNames.DetectorData)];

    /// <summary><paramref name="fake"/> (fake_monitors or fake_detectors) replaying a recorded run once.</summary>
    public static IReadOnlyList<ServiceSpec> ReplayOnce(string fake, string recordedRun) =>
        [new(fake, [.. fake == ServiceNames.FakeMonitors ? ["--mode", "ev44"] : Array.Empty<string>(), "--nexus-file", recordedRun, "--replay-once"], FakeReadiness)];

    /// <summary>The timeseries service reading the production (forwarder) topics and PV names instead of DEV names.</summary>
    public static IReadOnlyList<ServiceSpec> ProductionTimeseries() => [new(ServiceNames.Timeseries, [], BackendReadiness)];

    /// <summary>detector_data alone, for scenarios that publish the detector events themselves.</summary>
    public static IReadOnlyList<ServiceSpec> DetectorDataOnly() => [Backend(ServiceNames.DetectorData)];

    /// <summary>data_reduction alone, for scenarios whose events come from a replayed run.</summary>
    public static IReadOnlyList<ServiceSpec> DataReductionOnly() => [Backend(ServiceNames.DataReduction)];

    /// <summary>fake_monitors sending events (ev44) or histograms (da00) for every monitor of the instrument, then monitor_data.</summary>
    public static IReadOnlyList<ServiceSpec> Monitor(MonitorReadout readout, Instrument instrument) => Monitor(readout, instrument.Monitors.Count);

    /// <summary>fake_monitors sending events (ev44) or histograms (da00) for the instrument's first monitors, then monitor_data.</summary>
    public static IReadOnlyList<ServiceSpec> Monitor(MonitorReadout readout, int monitors) =>
    [
        new(ServiceNames.FakeMonitors, ["--mode", readout == MonitorReadout.Events ? "ev44" : "da00", "--num-monitors", monitors.ToString(CultureInfo.InvariantCulture)], FakeReadiness),
        new(ServiceNames.MonitorData, ["--dev"], BackendReadiness),
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
