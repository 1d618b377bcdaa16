using LiveData.Messaging.Broker.Control;
using LiveData.Messaging.Configuration;
using Microsoft.Extensions.Logging;

namespace LiveData.Messaging.Broker;

/// <summary>
/// Asks an embedded broker (through its control topic) to misbehave, for tests of client resilience:
/// fail the next requests of a kind with a Kafka error code, or delay every response. The broker
/// applies a request shortly after it is delivered and logs <see cref="InjectedLogLine"/>.
/// </summary>
public static class BrokerFaults
{
    public const string InjectedLogLine = ControlTopicListener.FaultInjectedLogLine;

    public static Task FailNextRequestsAsync(KafkaSettings settings, KafkaRequest request, int errorCode, int count, ILogger logger, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(errorCode);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return ControlTopicClient.SendAsync(settings, [new BrokerControlRequest(FailRequests: request, ErrorCode: errorCode, Count: count)], logger, ct);
    }

    public static Task SetRoundTripAsync(KafkaSettings settings, TimeSpan roundTrip, ILogger logger, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(roundTrip, TimeSpan.Zero);
        return ControlTopicClient.SendAsync(settings, [new BrokerControlRequest(RoundTripMs: (int)roundTrip.TotalMilliseconds)], logger, ct);
    }
}
