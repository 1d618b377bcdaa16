using Confluent.Kafka;
using LiveData.Messaging.Broker;

namespace LiveData.Messaging.Clients;

/// <summary>Cluster-wide metadata lookups that never create topics as a side effect.</summary>
internal static class ClusterMetadata
{
    /// <summary>Upper bound for one lookup; librdkafka returns by then even if no broker answered.</summary>
    public static readonly TimeSpan MaxLookupTime = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Lists all topics and brokers. Asking for all topics (rather than named ones) is what
    /// keeps this free of auto-creation, whatever the client's configuration.
    /// </summary>
    /// <exception cref="BrokerUnreachableException">No broker answered within <paramref name="timeout"/>.</exception>
    public static async Task<Metadata> FetchAsync(
        IAdminClient admin, string bootstrapServers, TimeSpan timeout, CancellationToken ct)
    {
        var bounded = timeout < MaxLookupTime ? timeout : MaxLookupTime;
        try
        {
            // GetMetadata blocks; run it off the caller's thread. It honours its own timeout,
            // so the admin client is never disposed while the call is still in flight.
            var metadata = await Task.Run(() => admin.GetMetadata(bounded), ct);
            return metadata.Brokers.Count > 0
                ? metadata
                : throw new BrokerUnreachableException(bootstrapServers, "the cluster reported no brokers");
        }
        catch (KafkaException ex)
        {
            throw new BrokerUnreachableException(bootstrapServers, ex.Error.Reason, ex);
        }
    }
}
