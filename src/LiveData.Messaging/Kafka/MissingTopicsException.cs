namespace LiveData.Messaging.Kafka;

/// <summary>A consumer was asked for topics the broker does not have; they must be created up front.</summary>
public sealed class MissingTopicsException(IReadOnlyCollection<string> topics, string bootstrapServers)
    : Exception($"Topics not found on {bootstrapServers}: {string.Join(", ", topics)}. Create them with `livedata topics ensure --instrument <name>`.")
{
    public IReadOnlyCollection<string> Topics { get; } = topics;
}
