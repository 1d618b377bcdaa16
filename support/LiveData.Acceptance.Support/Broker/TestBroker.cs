using LiveData.Messaging.Broker;
using LiveData.Messaging.Configuration;
using LiveData.Processes;

namespace LiveData.Acceptance.Support.Broker;

/// <summary>
/// The broker a test run talks to: the configured one (KAFKA_BOOTSTRAP_SERVERS, else localhost:9092) if
/// it answers, otherwise an embedded broker that the run starts itself on a free port and stops at the end.
/// </summary>
public sealed class TestBroker : IAsyncDisposable
{
    private static readonly TimeSpan ProbeDeadline = TimeSpan.FromSeconds(3);
    private readonly string? _topicsFile;
    private ServiceProcess? _embedded;

    private TestBroker(KafkaSettings settings, ServiceProcess? embedded, string? topicsFile = null)
    {
        Settings = settings;
        _embedded = embedded;
        _topicsFile = topicsFile;
    }

    public KafkaSettings Settings { get; }

    public bool IsEmbedded => _embedded is not null;

    /// <summary>What every child process needs in its environment to reach this broker.</summary>
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?> { [KafkaSettings.BootstrapServersVariable] = Settings.BootstrapServers };

    public string Describe() => IsEmbedded ? $"embedded broker at {Settings.BootstrapServers}" : $"broker at {Settings.BootstrapServers}";

    public static async Task<TestBroker> ConnectOrStartAsync(CancellationToken ct)
    {
        var configured = KafkaSettings.Resolve(null);
        try
        {
            await BrokerProbe.EnsureReachableAsync(configured, ProbeDeadline, ct);
            return new TestBroker(configured, null);
        }
        catch (BrokerUnreachableException)
        {
            return await StartEmbeddedAsync(ct);
        }
    }

    /// <summary>What the embedded broker printed (fault injections are logged there).</summary>
    public OutputLog Output => (_embedded ?? throw new InvalidOperationException($"The {Describe()} is not run by this test")).Output;

    /// <summary>
    /// An embedded broker for one scenario alone, which it may stop, restart and misbehave without
    /// disturbing any other; it remembers its topics in a file so a restart keeps them.
    /// </summary>
    public static async Task<TestBroker> StartOwnAsync(CancellationToken ct)
    {
        var topicsFile = Path.Combine(Path.GetTempPath(), $"livedata-broker-topics-{Guid.NewGuid():N}.txt");
        var (process, settings) = await BrokerProcess.StartAsync(ct, topicsFile: topicsFile);
        return new TestBroker(settings, process, topicsFile);
    }

    /// <summary>Stops the scenario's own broker (SIGTERM) and starts it again on the same port with the same topics, but no messages.</summary>
    public async Task RestartAsync(CancellationToken ct)
    {
        if (_embedded is null || _topicsFile is null)
        {
            throw new InvalidOperationException($"Only a scenario's own broker can be restarted, not the {Describe()}");
        }
        await _embedded.StopAsync(ServiceProcess.DefaultStopGrace);
        var port = int.Parse(Settings.BootstrapServers[(Settings.BootstrapServers.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        (_embedded, _) = await BrokerProcess.StartAsync(ct, port, _topicsFile);
    }

    public async ValueTask DisposeAsync()
    {
        if (_embedded is not null)
        {
            await _embedded.DisposeAsync();
        }
        if (_topicsFile is not null)
        {
            File.Delete(_topicsFile);
        }
    }

    /// <summary>An embedded broker of its own, without looking for a configured one first.</summary>
    public static async Task<TestBroker> StartEmbeddedAsync(CancellationToken ct)
    {
        var (process, settings) = await BrokerProcess.StartAsync(ct);
        return new TestBroker(settings, process);
    }
}
