namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// The service groups scenarios start by name, as upstream's fixtures define them: fakes first, then the
/// backend services that consume what the fakes publish (with DEV stream names).
/// </summary>
public static class ServiceGroupCatalog
{
    private static readonly string[] FakeReadiness = ["Service started"];
    private static readonly string[] BackendReadiness = ["Service started", "kafka_consumer_ready"];

    public static IReadOnlyList<ServiceSpec> Get(string group) => group switch
    {
        "monitor" => [new("fake_monitors", ["--mode", "ev44"], FakeReadiness), new("monitor_data", ["--dev"], BackendReadiness)],
        _ => throw new ArgumentException($"Unknown service group '{group}'. Known groups: monitor"),
    };
}

/// <summary>One service of a group: its name, extra arguments and the log lines that mean it is ready.</summary>
public sealed record ServiceSpec(string Name, IReadOnlyList<string> Arguments, IReadOnlyList<string> Readiness);
