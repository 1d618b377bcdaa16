using Confluent.Kafka;

namespace LiveData.Messaging.Configuration;

/// <summary>
/// Which combinations of security settings a client can use. A SASL protocol needs a mechanism, a username
/// and a password; credentials or a CA certificate that the chosen protocol would silently ignore are refused
/// too, so a half-configured deployment fails at start-up instead of connecting without authentication.
/// </summary>
internal static class KafkaSecurityRules
{
    public static IReadOnlyList<string> ProblemsOf(KafkaSettings settings)
    {
        var problems = new List<string>();
        var protocol = settings.SecurityProtocol is { } chosen ? KafkaSpelling.Of(chosen) : "unset (PLAINTEXT)";
        var sasl = settings.SecurityProtocol is SecurityProtocol.SaslPlaintext or SecurityProtocol.SaslSsl;
        (string Variable, bool Given)[] credentials =
        [
            (KafkaSettings.SaslMechanismVariable, settings.SaslMechanism is not null),
            (KafkaSettings.SaslUsernameVariable, settings.SaslUsername is not null),
            (KafkaSettings.SaslPasswordVariable, settings.SaslPassword is not null),
        ];
        foreach (var (variable, given) in credentials)
        {
            if (sasl && !given)
            {
                problems.Add($"{KafkaSettings.SecurityProtocolVariable}={protocol} needs {variable}");
            }
            else if (!sasl && given)
            {
                problems.Add($"{variable} is set but {KafkaSettings.SecurityProtocolVariable} is {protocol}; SASL credentials need SASL_PLAINTEXT or SASL_SSL");
            }
        }

        if (settings.SaslMechanism is { } mechanism && !KafkaSpelling.Mechanisms.Values.Contains(mechanism))
        {
            problems.Add($"{KafkaSettings.SaslMechanismVariable}={KafkaSpelling.Of(mechanism)} is not supported; use {string.Join(", ", KafkaSpelling.Mechanisms.Keys)}");
        }

        if (settings.SslCaLocation is not null && settings.SecurityProtocol is not (SecurityProtocol.Ssl or SecurityProtocol.SaslSsl))
        {
            problems.Add($"{KafkaSettings.SslCaLocationVariable} is set but {KafkaSettings.SecurityProtocolVariable} is {protocol}; a CA certificate needs SSL or SASL_SSL");
        }

        return problems;
    }
}
