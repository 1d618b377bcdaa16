using LiveData.Acceptance.Support.Broker;
using LiveData.Acceptance.Support.Waiting;
using LiveData.Messaging.Broker;
using Microsoft.Extensions.Logging.Abstractions;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// Makes the scenario's own broker misbehave under running services: restarts it, fails the next
/// produce or fetch requests with a Kafka error code, delays every response. Each injection is
/// confirmed from the broker's log before the scenario goes on.
/// </summary>
public sealed class BrokerFaultDriver(TestBroker broker, ScenarioDiagnostics diagnostics)
{
    private const int NotLeaderOrFollower = 6;
    private const int NotEnoughReplicas = 19;
    private static readonly TimeSpan InjectionTimeout = TimeSpan.FromSeconds(10);
    private int _injections;

    public Task RestartAsync(CancellationToken ct) => broker.RestartAsync(ct);

    /// <summary>
    /// Refuses the next <paramref name="count"/> writes or reads with the retriable error a real cluster gives while a
    /// replica is lost (NOT_ENOUGH_REPLICAS, 19) or its leader moves (NOT_LEADER_OR_FOLLOWER, 6): clients must ride it out.
    /// </summary>
    public Task RefuseNextAsync(BrokerTraffic traffic, int count, CancellationToken ct) => traffic switch
    {
        BrokerTraffic.Writes => FailNextRequestsAsync(KafkaRequest.Produce, NotEnoughReplicas, count, ct),
        BrokerTraffic.Reads => FailNextRequestsAsync(KafkaRequest.Fetch, NotLeaderOrFollower, count, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(traffic), traffic, null),
    };

    public async Task FailNextRequestsAsync(KafkaRequest request, int errorCode, int count, CancellationToken ct)
    {
        await BrokerFaults.FailNextRequestsAsync(broker.Settings, request, errorCode, count, NullLogger.Instance, ct);
        await WaitForInjectionAsync(ct);
    }

    public async Task SetRoundTripAsync(TimeSpan roundTrip, CancellationToken ct)
    {
        await BrokerFaults.SetRoundTripAsync(broker.Settings, roundTrip, NullLogger.Instance, ct);
        await WaitForInjectionAsync(ct);
    }

    private Task WaitForInjectionAsync(CancellationToken ct)
    {
        var expected = ++_injections;
        return Eventually.UntilAsync($"the broker to log injected fault #{expected}", _ =>
        {
            var logged = broker.Output.CountContaining(BrokerFaults.InjectedLogLine);
            return Task.FromResult((logged >= expected, $"{logged} injections logged"));
        }, InjectionTimeout, diagnostics.DumpAsync, ct);
    }
}

/// <summary>What services ask the broker for: to write data (produce requests) or to read it (fetch requests).</summary>
public enum BrokerTraffic
{
    Writes,
    Reads,
}
