using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace LiveData.Messaging.Topics;

/// <summary>Kafka's rules for topic names; the embedded broker does not enforce them itself.</summary>
public static partial class TopicNames
{
    public const int MaxLength = 249;

    public static bool IsValid([NotNullWhen(true)] string? topic) =>
        topic is { Length: > 0 and <= MaxLength } and not ("." or "..") && LegalCharacters().IsMatch(topic);

    /// <exception cref="ArgumentException"><paramref name="topic"/> is not a legal Kafka topic name.</exception>
    public static string Validate(string? topic, string parameterName = "topic") =>
        IsValid(topic)
            ? topic
            : throw new ArgumentException(
                $"'{topic}' is not a valid Kafka topic name (1–{MaxLength} characters from [a-zA-Z0-9._-]).",
                parameterName);

    [GeneratedRegex(@"\A[a-zA-Z0-9._-]+\z")]
    private static partial Regex LegalCharacters();
}
