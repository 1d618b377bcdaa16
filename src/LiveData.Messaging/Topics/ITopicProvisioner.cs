namespace LiveData.Messaging.Topics;

/// <summary>Creates topics that do not exist yet; existing topics are left exactly as they are.</summary>
public interface ITopicProvisioner
{
    /// <summary>
    /// Returns once every topic is listed in the cluster metadata with a leader for each partition.
    /// Safe to call repeatedly and from several processes.
    /// </summary>
    /// <param name="partitions">Partitions for topics created now. Single-partition topics keep messages in order.</param>
    /// <exception cref="BrokerUnreachableException">No broker answered.</exception>
    /// <exception cref="TimeoutException">The topics did not appear in time.</exception>
    Task EnsureTopicsAsync(IEnumerable<string> topics, int partitions = 1, CancellationToken ct = default);
}
