namespace LiveData.Messaging.Configuration;

/// <summary>
/// The Kafka settings from the environment cannot be used: an unknown value or partial credentials.
/// The message lists every problem by variable name and never contains the password.
/// </summary>
public sealed class KafkaSettingsException(IReadOnlyList<string> problems)
    : Exception($"Invalid Kafka settings:{string.Concat(problems.Select(p => $"{Environment.NewLine}  - {p}"))}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
