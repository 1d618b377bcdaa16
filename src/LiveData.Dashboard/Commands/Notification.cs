namespace LiveData.Dashboard.Commands;

/// <summary>What an operator is told about a command: it succeeded, failed, or went unanswered.</summary>
public sealed record Notification(string Text, bool IsError);
