using LiveData.Processes;
using LiveData.Messaging;

namespace LiveData.Acceptance.Support.Broker;

/// <summary>
/// The broker a test run talks to: the configured one (KAFKA_BOOTSTRAP_SERVERS, else localhost:9092) if
/// it answers, otherwise an embedded broker that the run starts itself on a free port and stops at the end.
/// </summary>
public sealed class TestBroker : IAsyncDisposable
{
    private static readonly TimeSpan ProbeDeadline = TimeSpan.FromSeconds(3);
    private readonly ServiceProcess? _embedded;

    private TestBroker(KafkaSettings settings, ServiceProcess? embedded)
    {
        Settings = settings;
        _embedded = embedded;
    }

    public KafkaSettings Settings { get; }

    public bool IsEmbedded => _embedded is not null;

    /// <summary>What every child process needs in its environment to reach this broker.</summary>
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?> { ["KAFKA_BOOTSTRAP_SERVERS"] = Settings.BootstrapServers };

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

    public async ValueTask DisposeAsync()
    {
        if (_embedded is not null)
        {
            await _embedded.DisposeAsync();
        }
    }

    /// <summary>An embedded broker of its own, without looking for a configured one first.</summary>
    public static async Task<TestBroker> StartEmbeddedAsync(CancellationToken ct)
    {
        var (process, settings) = await BrokerProcess.StartAsync(ct);
        return new TestBroker(settings, process);
    }
}
