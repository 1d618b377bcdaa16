namespace LiveData.Messaging.Broker;

/// <summary>Where the embedded broker listens (0: any free port) and the file it remembers its topics in (null: it forgets them).</summary>
public sealed record EmbeddedBrokerOptions(int Port, string? TopicsFile = null);
