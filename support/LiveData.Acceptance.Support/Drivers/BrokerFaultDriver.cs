using LiveData.Acceptance.Support.Broker;
using LiveData.Acceptance.Support.Waiting;
using LiveData.Messaging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// Makes the scenario's own broker misbehave under running services: restarts it, fails the next
/// produce or fetch requests with a Kafka error code, delays every response. Each injection is
/// confirmed from the broker's log before the scenario goes on.
/// </summary>
public sealed class BrokerFaultDriver(TestBroker broker, ScenarioDiagnostics diagnostics)
{
    private static readonly TimeSpan InjectionTimeout = TimeSpan.FromSeconds(10);
    private int _injections;

    public Task RestartAsync(CancellationToken ct) => broker.RestartAsync(ct);

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
