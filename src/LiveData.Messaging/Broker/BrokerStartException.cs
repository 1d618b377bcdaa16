namespace LiveData.Messaging.Broker;

/// <summary>The embedded broker could not start; the message says why and what to do.</summary>
public sealed class BrokerStartException(string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public static BrokerStartException PortInUse(int port, Exception? innerException = null) =>
        new(
            $"Port {port} is already in use — is another broker running? Stop it, start this one with another " +
            "--port, or point clients at the running one with KAFKA_BOOTSTRAP_SERVERS / --bootstrap-servers.",
            innerException);
}
