using System.Globalization;
using LiveData.Core.Identity;
using LiveData.Messaging.Configuration;
using LiveData.Messaging.Kafka;
using LiveData.Processes;
using LiveData.Services.Backend;

namespace LiveData.Bench.Cluster;

/// <summary>
/// One LiveData component the bench runs as a child process (<c>livedata service NAME ...</c>), with the log
/// lines that mean it is ready: the same readiness the acceptance suite waits for.
/// </summary>
public sealed record BenchService(string Name, IReadOnlyList<string> Arguments, IReadOnlyList<string> Readiness)
{
    private static readonly string[] FakeReadiness = [BackendService.StartedLogLine];
    private static readonly string[] BackendReadiness = [BackendService.StartedLogLine, LatestOffsetConsumer.ReadyLogLine];

    /// <summary>fake_monitors sending events (ev44) at <paramref name="rateMultiplier"/> times the nominal events per pulse.</summary>
    public static BenchService FakeMonitors(double rateMultiplier) =>
        new(ServiceNames.FakeMonitors, ["--mode", "ev44", "--rate-multiplier", rateMultiplier.ToString(CultureInfo.InvariantCulture)], FakeReadiness);

    /// <summary>fake_detectors sending events (ev44) at <paramref name="rateMultiplier"/> times the nominal events per pulse.</summary>
    public static BenchService FakeDetectors(double rateMultiplier) =>
        new(ServiceNames.FakeDetectors, ["--mode", "ev44", "--rate-multiplier", rateMultiplier.ToString(CultureInfo.InvariantCulture)], FakeReadiness);

    public static BenchService FakeLogdata { get; } = new(ServiceNames.FakeLogdata, [], FakeReadiness);

    /// <summary>A backend service reading the DEV stream names the fakes publish, with any further arguments (e.g. <c>--sources</c>).</summary>
    public static BenchService Backend(string serviceName, params IEnumerable<string> arguments) => new(serviceName, ["--dev", .. arguments], BackendReadiness);

    public ServiceProcess CreateProcess(string instrument, KafkaSettings settings) => new(
        Name,
        LiveDataExecutable.Arguments(["service", Name, "--instrument", instrument, .. Arguments]),
        Readiness,
        new Dictionary<string, string?> { [KafkaSettings.BootstrapServersVariable] = settings.BootstrapServers });
}
