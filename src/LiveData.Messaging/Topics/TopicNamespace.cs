using System.Text.RegularExpressions;

namespace LiveData.Messaging.Topics;

/// <summary>
/// A prefix put before every topic name a component uses, so several deployments (or test scenarios) can
/// share one broker without seeing each other's messages. Empty by default: upstream's names exactly.
/// </summary>
public sealed partial record TopicNamespace
{
    public const string PrefixVariable = "LIVEDATA_TOPIC_PREFIX";

    private TopicNamespace(string prefix) => Prefix = prefix;

    public static TopicNamespace None { get; } = new(string.Empty);

    public string Prefix { get; }

    public bool IsNone => Prefix.Length == 0;

    /// <exception cref="ArgumentException">The prefix has characters Kafka does not allow in topic names.</exception>
    public static TopicNamespace Of(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return prefix.Length == 0 || LegalCharacters().IsMatch(prefix)
            ? new TopicNamespace(prefix)
            : throw new ArgumentException($"'{prefix}' is not a valid topic prefix (characters from [a-zA-Z0-9._-]).", nameof(prefix));
    }

    /// <summary>The explicit prefix if given, else <c>$LIVEDATA_TOPIC_PREFIX</c>, else none.</summary>
    public static TopicNamespace Resolve(string? prefix) =>
        Of(prefix ?? Environment.GetEnvironmentVariable(PrefixVariable) ?? string.Empty);

    public string Apply(string topic) => Prefix + topic;

    public override string ToString() => IsNone ? "(no topic prefix)" : $"topic prefix '{Prefix}'";

    [GeneratedRegex(@"\A[a-zA-Z0-9._-]+\z")]
    private static partial Regex LegalCharacters();
}
