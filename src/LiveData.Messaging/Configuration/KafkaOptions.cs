using Microsoft.Extensions.Configuration;

namespace LiveData.Messaging.Configuration;

/// <summary>
/// The Kafka settings as configuration holds them: text under the environment variables' names
/// (<c>KAFKA_BOOTSTRAP_SERVERS</c>, <c>KAFKA_SECURITY_PROTOCOL</c>, …), bound by <see cref="KafkaConfiguration.AddKafkaSettings"/>
/// and checked by <see cref="KafkaOptionsValidator"/> before they become <see cref="KafkaSettings"/>.
/// </summary>
public sealed class KafkaOptions
{
    [ConfigurationKeyName(KafkaSettings.BootstrapServersVariable)]
    public string? BootstrapServers { get; set; }

    [ConfigurationKeyName(KafkaSettings.SecurityProtocolVariable)]
    public string? SecurityProtocol { get; set; }

    [ConfigurationKeyName(KafkaSettings.SaslMechanismVariable)]
    public string? SaslMechanism { get; set; }

    [ConfigurationKeyName(KafkaSettings.SaslUsernameVariable)]
    public string? SaslUsername { get; set; }

    [ConfigurationKeyName(KafkaSettings.SaslPasswordVariable)]
    public string? SaslPassword { get; set; }

    [ConfigurationKeyName(KafkaSettings.SslCaLocationVariable)]
    public string? SslCaLocation { get; set; }

    /// <summary>
    /// The settings these values describe and every problem that keeps them from being used. Values are
    /// trimmed and blank ones are unset, except the password, taken verbatim (surrounding spaces may be part of it).
    /// </summary>
    internal (KafkaSettings Settings, IReadOnlyList<string> Problems) Interpret()
    {
        var problems = new List<string>();
        var caLocation = NullIfBlank(SslCaLocation);
        if (caLocation is not null && !File.Exists(caLocation))
        {
            problems.Add($"{KafkaSettings.SslCaLocationVariable}={caLocation} does not exist");
        }

        var settings = new KafkaSettings(NullIfBlank(BootstrapServers) ?? KafkaSettings.DefaultBootstrapServers)
        {
            SecurityProtocol = Parse(KafkaSpelling.Protocols, KafkaSettings.SecurityProtocolVariable, NullIfBlank(SecurityProtocol), problems),
            SaslMechanism = Parse(KafkaSpelling.Mechanisms, KafkaSettings.SaslMechanismVariable, NullIfBlank(SaslMechanism), problems),
            SaslUsername = NullIfBlank(SaslUsername),
            SaslPassword = SaslPassword is { Length: > 0 } password ? password : null,
            SslCaLocation = caLocation,
        };
        if (problems.Count == 0)
        {
            problems.AddRange(KafkaSecurityRules.ProblemsOf(settings));
        }

        return (settings, problems);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A value in Kafka's spelling, in any case; an unknown one is added to <paramref name="problems"/>.</summary>
    private static TValue? Parse<TValue>(IReadOnlyDictionary<string, TValue> spellings, string variable, string? value, List<string> problems)
        where TValue : struct
    {
        if (value is null)
        {
            return null;
        }

        if (spellings.TryGetValue(value, out var parsed))
        {
            return parsed;
        }

        problems.Add($"{variable}='{value}' is not one of {string.Join(", ", spellings.Keys)}");
        return null;
    }
}
