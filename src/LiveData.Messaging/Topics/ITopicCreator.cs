namespace LiveData.Messaging.Topics;

/// <summary>One way of asking a cluster to create topics; the provisioner waits for the result.</summary>
internal interface ITopicCreator
{
    Task RequestAsync(IReadOnlyList<string> topics, int partitions, CancellationToken ct);
}
