using System.Text;
using Confluent.Kafka;

namespace LiveData.Messaging;

/// <summary>
/// Where the Kafka cluster is and how to authenticate. Every component builds its client
/// configuration from here, so the broker address is one setting for the whole system.
/// </summary>
public sealed record KafkaSettings
{
    public const string DefaultBootstrapServers = "localhost:9092";
    public const string BootstrapServersVariable = "KAFKA_BOOTSTRAP_SERVERS";
    public const string SecurityProtocolVariable = "KAFKA_SECURITY_PROTOCOL";
    public const string SaslMechanismVariable = "KAFKA_SASL_MECHANISM";
    public const string SaslUsernameVariable = "KAFKA_SASL_USERNAME";
    public const string SaslPasswordVariable = "KAFKA_SASL_PASSWORD";

    /// <summary>Upstream's dev value; detector frames can be tens of megabytes.</summary>
    public const int MaxMessageBytes = 100_971_520;

    public KafkaSettings(string bootstrapServers) => BootstrapServers = bootstrapServers;

    /// <summary>Comma-separated <c>host:port</c> list, e.g. <c>localhost:9092</c>.</summary>
    public string BootstrapServers
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            field = value;
        }
    }

    public SecurityProtocol? SecurityProtocol { get; init; }

    public SaslMechanism? SaslMechanism { get; init; }

    public string? SaslUsername { get; init; }

    public string? SaslPassword { get; init; }

    /// <summary>
    /// The command-line option wins, then <c>KAFKA_BOOTSTRAP_SERVERS</c>, then <c>localhost:9092</c>.
    /// Security settings come from <c>KAFKA_SECURITY_PROTOCOL</c>, <c>KAFKA_SASL_*</c>.
    /// </summary>
    public static KafkaSettings Resolve(string? bootstrapServersOption) =>
        Resolve(bootstrapServersOption, Environment.GetEnvironmentVariable);

    /// <summary>As <see cref="Resolve(string?)"/>, reading variables through <paramref name="environment"/>.</summary>
    public static KafkaSettings Resolve(string? bootstrapServersOption, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string? Variable(string name) => NullIfBlank(environment(name));

        return new KafkaSettings(
            NullIfBlank(bootstrapServersOption) ?? Variable(BootstrapServersVariable) ?? DefaultBootstrapServers)
        {
            SecurityProtocol = ParseEnum<SecurityProtocol>(Variable(SecurityProtocolVariable), SecurityProtocolVariable),
            SaslMechanism = ParseEnum<SaslMechanism>(Variable(SaslMechanismVariable), SaslMechanismVariable),
            SaslUsername = Variable(SaslUsernameVariable),
            SaslPassword = Variable(SaslPasswordVariable),
        };
    }

    public ProducerConfig CreateProducerConfig() => WithCommonSettings(new ProducerConfig
    {
        // A few ms of batching keeps latency low while letting bursts share a request.
        LingerMs = 5,
        MessageMaxBytes = MaxMessageBytes,
        Acks = Acks.All,
        EnableIdempotence = false,
        // Unknown topics must fail loudly: auto-creation would silently pick the broker's
        // default partition count (4 on the embedded broker) and break per-topic ordering.
        AllowAutoCreateTopics = false,
        // Keyless messages go to a random partition each, not in sticky runs: a burst of large results
        // (several MB of detector images per batch) in one partition overruns the embedded broker's
        // 5 MiB-per-partition retention before a consumer can fetch it.
        StickyPartitioningLingerMs = 0,
    });

    public ConsumerConfig CreateConsumerConfig(string groupId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        return WithCommonSettings(new ConsumerConfig
        {
            GroupId = groupId,
            // Consumers pin their start offsets themselves, so nothing needs committing.
            EnableAutoCommit = false,
            AutoOffsetReset = AutoOffsetReset.Latest,
            AllowAutoCreateTopics = false,
            // Brokers hold an empty fetch for this long; it bounds the delivery latency.
            FetchWaitMaxMs = 50,
            SessionTimeoutMs = 6000,
            HeartbeatIntervalMs = 2000,
            FetchMaxBytes = 200_000_000,
            MaxPartitionFetchBytes = 104_857_600,
        });
    }

    public AdminClientConfig CreateAdminConfig() => WithCommonSettings(new AdminClientConfig
    {
        // An admin handle is a producer inside librdkafka and would otherwise auto-create
        // any topic whose metadata it asks for.
        AllowAutoCreateTopics = false,
    });

    private T WithCommonSettings<T>(T config)
        where T : ClientConfig
    {
        config.BootstrapServers = BootstrapServers;
        config.SecurityProtocol = SecurityProtocol;
        config.SaslMechanism = SaslMechanism;
        config.SaslUsername = SaslUsername;
        config.SaslPassword = SaslPassword;
        return config;
    }

    // Keeps the password out of logs and exception messages.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("BootstrapServers = ").Append(BootstrapServers)
            .Append(", SecurityProtocol = ").Append(SecurityProtocol)
            .Append(", SaslMechanism = ").Append(SaslMechanism)
            .Append(", SaslUsername = ").Append(SaslUsername)
            .Append(", SaslPassword = ").Append(SaslPassword is null ? string.Empty : "***");
        return true;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Accepts Kafka's spellings (<c>SASL_SSL</c>, <c>SCRAM-SHA-512</c>) as well as the enum names.</summary>
    private static TEnum? ParseEnum<TEnum>(string? value, string variable)
        where TEnum : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        var normalised = value.Replace("_", string.Empty, StringComparison.Ordinal)
            .Replace("-", string.Empty, StringComparison.Ordinal);
        if (Enum.TryParse<TEnum>(normalised, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        throw new ArgumentException(
            $"{variable}='{value}' is not one of: {string.Join(", ", Enum.GetNames<TEnum>())}.", nameof(value));
    }
}
