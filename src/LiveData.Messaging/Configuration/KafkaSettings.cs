using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LiveData.Messaging.Configuration;

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
    public const string SslCaLocationVariable = "KAFKA_SSL_CA_LOCATION";

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

    /// <summary>PEM file of the CA that signed the brokers' certificates (SSL, SASL_SSL); the system store when null.</summary>
    public string? SslCaLocation { get; init; }

    /// <summary>
    /// The command-line option wins, then <c>KAFKA_BOOTSTRAP_SERVERS</c>, then <c>localhost:9092</c>.
    /// Security settings come from <c>KAFKA_SECURITY_PROTOCOL</c>, <c>KAFKA_SASL_*</c> and <c>KAFKA_SSL_CA_LOCATION</c>.
    /// </summary>
    /// <exception cref="KafkaSettingsException">An unknown value, or credentials the protocol cannot use.</exception>
    public static KafkaSettings Resolve(string? bootstrapServersOption) =>
        From(new ConfigurationBuilder().AddKafkaSources(bootstrapServersOption).Build());

    /// <summary>The settings <paramref name="configuration"/> holds under the environment variables' names, validated as a host validates them.</summary>
    /// <exception cref="KafkaSettingsException">An unknown value, or credentials the protocol cannot use.</exception>
    public static KafkaSettings From(IConfiguration configuration)
    {
        using var services = new ServiceCollection().AddKafkaSettings(configuration).BuildServiceProvider();
        return services.GetRequiredService<KafkaSettings>();
    }

    /// <summary>For logs and status lines: where, over what, as whom; the password only as "set".</summary>
    public string Describe()
    {
        var text = SecurityProtocol is { } protocol ? $"{BootstrapServers} over {KafkaSpelling.Of(protocol)}" : BootstrapServers;
        if (SaslMechanism is { } mechanism)
        {
            text += $" ({KafkaSpelling.Of(mechanism)} as '{SaslUsername}', password {(SaslPassword is null ? "unset" : "set")})";
        }

        return SslCaLocation is null ? text : $"{text}, CA {SslCaLocation}";
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
        // Every keyless message asks the partitioner (KafkaPublisher's takes partitions in turn), not once per
        // sticky run: a burst of large results (several MB of detector images per batch) in one partition
        // overruns the embedded broker's 5 MiB-per-partition retention before a consumer can fetch it.
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
            // With pinned start offsets this only decides where a consumer that fell out of the retained log resumes.
            // Not earliest: librdkafka resets to a cached low watermark, which a consumer that stays behind finds gone
            // again, and so it never catches up.
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

    /// <exception cref="KafkaSettingsException">Credentials the protocol cannot use: no client is built with them.</exception>
    private T WithCommonSettings<T>(T config)
        where T : ClientConfig
    {
        if (KafkaSecurityRules.ProblemsOf(this) is { Count: > 0 } problems)
        {
            throw new KafkaSettingsException(problems);
        }

        config.BootstrapServers = BootstrapServers;
        config.SecurityProtocol = SecurityProtocol;
        config.SaslMechanism = SaslMechanism;
        config.SaslUsername = SaslUsername;
        config.SaslPassword = SaslPassword;
        config.SslCaLocation = SslCaLocation;
        return config;
    }

    // Keeps the password out of logs and exception messages.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("BootstrapServers = ").Append(BootstrapServers)
            .Append(", SecurityProtocol = ").Append(SecurityProtocol)
            .Append(", SaslMechanism = ").Append(SaslMechanism)
            .Append(", SaslUsername = ").Append(SaslUsername)
            .Append(", SaslPassword = ").Append(SaslPassword is null ? string.Empty : "***")
            .Append(", SslCaLocation = ").Append(SslCaLocation);
        return true;
    }
}
