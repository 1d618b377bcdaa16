namespace LiveData.Dashboard.Commands;

/// <summary>A command sent and not yet answered by every service it went to.</summary>
public sealed record AwaitedCommand(string MessageId, string Description, int ResponsesAwaited, DateTimeOffset SentAt);
