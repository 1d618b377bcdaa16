namespace LiveData.Messaging.Broker;

/// <summary>No Kafka broker answered at the configured address.</summary>
public sealed class BrokerUnreachableException : Exception
{
    public BrokerUnreachableException(string bootstrapServers, string? reason = null, Exception? innerException = null)
        : base(Describe(bootstrapServers, reason), innerException)
    {
        BootstrapServers = bootstrapServers;
    }

    public string BootstrapServers { get; }

    private static string Describe(string bootstrapServers, string? reason) =>
        $"No Kafka broker at {bootstrapServers}" + (reason is null ? "." : $" ({reason}).") +
        " Start the embedded one with `livedata broker` (or `docker compose up kafka`), " +
        "or set KAFKA_BOOTSTRAP_SERVERS / --bootstrap-servers.";
}
