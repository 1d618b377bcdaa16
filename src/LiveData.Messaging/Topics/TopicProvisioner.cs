using System.Diagnostics;
using Confluent.Kafka;
using LiveData.Messaging.Broker.Control;
using LiveData.Messaging.Clients;
using LiveData.Messaging.Configuration;
using Microsoft.Extensions.Logging;

namespace LiveData.Messaging.Topics;

/// <summary>
/// Creates missing topics on whatever cluster <see cref="KafkaSettings"/> points at. The
/// embedded broker is recognised by its control topic and gets its topics through it; real
/// Kafka gets them through the admin API. Either way, the call returns once the metadata
/// lists every topic, because creation is asynchronous on both.
/// </summary>
public sealed class TopicProvisioner : ITopicProvisioner
{
    private static readonly TimeSpan AppearanceTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MinLookupTime = TimeSpan.FromSeconds(1);

    private readonly KafkaSettings _settings;
    private readonly ILogger _logger;

    private TopicProvisioner(KafkaSettings settings, ILogger logger)
    {
        _settings = settings;
        _logger = logger;
    }

    /// <remarks>Does not touch the network; the kind of cluster is detected on each call.</remarks>
    public static ITopicProvisioner Create(KafkaSettings settings, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(logger);
        return new TopicProvisioner(settings, logger);
    }

    public async Task EnsureTopicsAsync(IEnumerable<string> topics, int partitions = 1, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        var wanted = topics.Select(t => TopicNames.Validate(t, nameof(topics))).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        using var admin = new AdminClientBuilder(_settings.CreateAdminConfig()).WithLogging(_logger).Build();
        var metadata = await ClusterMetadata.FetchAsync(admin, _settings.BootstrapServers, ClusterMetadata.MaxLookupTime, ct);
        var missing = NotReady(metadata, wanted);
        if (missing.Count > 0)
        {
            var embedded = ControlTopic.IsListedIn(metadata);
            _logger.LogInformation(
                "Creating topics {Topics} with {Partitions} partition(s) on {BootstrapServers} ({BrokerKind})",
                missing,
                partitions,
                _settings.BootstrapServers,
                embedded ? "embedded broker" : "Kafka");
            ITopicCreator creator = embedded
                ? new ControlTopicCreator(_settings, _logger)
                : new AdminApiTopicCreator(admin, _settings.BootstrapServers);
            await creator.RequestAsync(missing, partitions, ct);
            metadata = await WaitUntilReadyAsync(admin, missing, embedded, ct);
        }

        WarnAboutPartitionCounts(metadata, wanted, partitions);
    }

    /// <summary>Topics not listed yet, or listed without a leader for every partition.</summary>
    private static List<string> NotReady(Metadata metadata, IEnumerable<string> topics)
    {
        var ready = metadata.Topics
            .Where(t => t.Error.Code == ErrorCode.NoError && t.Partitions.Count > 0 && t.Partitions.All(p => p.Leader >= 0))
            .Select(t => t.Topic)
            .ToHashSet(StringComparer.Ordinal);
        return topics.Where(t => !ready.Contains(t)).ToList();
    }

    private async Task<Metadata> WaitUntilReadyAsync(IAdminClient admin, List<string> topics, bool embedded, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var remaining = AppearanceTimeout - Stopwatch.GetElapsedTime(started);
            var lookupTime = remaining > MinLookupTime ? remaining : MinLookupTime;
            var metadata = await ClusterMetadata.FetchAsync(admin, _settings.BootstrapServers, lookupTime, ct);
            var pending = NotReady(metadata, topics);
            if (pending.Count == 0)
            {
                return metadata;
            }

            if (Stopwatch.GetElapsedTime(started) >= AppearanceTimeout)
            {
                var hint = embedded
                    ? "Is the embedded broker (`livedata broker`) still running? Its log says why a request was refused."
                    : "Check the broker's log and whether this client may create topics.";
                throw new TimeoutException(
                    $"Topics {string.Join(", ", pending)} did not appear on {_settings.BootstrapServers} " +
                    $"within {AppearanceTimeout.TotalSeconds:0} s. {hint}");
            }

            await Task.Delay(PollInterval, ct);
        }
    }

    private void WarnAboutPartitionCounts(Metadata metadata, List<string> topics, int partitions)
    {
        foreach (var topic in metadata.Topics.Where(t => topics.Contains(t.Topic) && t.Partitions.Count != partitions))
        {
            _logger.LogWarning(
                "Topic {Topic} has {Actual} partition(s), not the requested {Requested}; existing topics are left unchanged",
                topic.Topic,
                topic.Partitions.Count,
                partitions);
        }
    }
}
