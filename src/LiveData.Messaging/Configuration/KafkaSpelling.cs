using Confluent.Kafka;

namespace LiveData.Messaging.Configuration;

/// <summary>Security settings as Kafka and the environment variables spell them (<c>SASL_SSL</c>, <c>SCRAM-SHA-512</c>).</summary>
public static class KafkaSpelling
{
    public static IReadOnlyDictionary<string, SecurityProtocol> Protocols { get; } = new Dictionary<string, SecurityProtocol>(StringComparer.OrdinalIgnoreCase)
    {
        ["PLAINTEXT"] = SecurityProtocol.Plaintext,
        ["SSL"] = SecurityProtocol.Ssl,
        ["SASL_PLAINTEXT"] = SecurityProtocol.SaslPlaintext,
        ["SASL_SSL"] = SecurityProtocol.SaslSsl,
    };

    /// <summary>The mechanisms that need nothing beyond a username and a password (no Kerberos, no token provider).</summary>
    public static IReadOnlyDictionary<string, SaslMechanism> Mechanisms { get; } = new Dictionary<string, SaslMechanism>(StringComparer.OrdinalIgnoreCase)
    {
        ["PLAIN"] = SaslMechanism.Plain,
        ["SCRAM-SHA-256"] = SaslMechanism.ScramSha256,
        ["SCRAM-SHA-512"] = SaslMechanism.ScramSha512,
    };

    public static string Of(SecurityProtocol protocol) =>
        Protocols.FirstOrDefault(p => p.Value == protocol).Key ?? protocol.ToString().ToUpperInvariant();

    public static string Of(SaslMechanism mechanism) =>
        Mechanisms.FirstOrDefault(m => m.Value == mechanism).Key ?? mechanism.ToString().ToUpperInvariant();
}
