namespace LiveData.Dashboard.Commands;

/// <summary>A sent command awaiting a number of acknowledgements.</summary>
internal sealed class PendingCommand(string description, int expected, DateTimeOffset sentAt)
{
    private readonly List<string> _errors = [];
    private int _received;

    public string Description { get; } = description;
    public DateTimeOffset SentAt { get; } = sentAt;
    public bool IsComplete => _received >= expected;
    public int ResponsesAwaited => Math.Max(0, expected - _received);
    public IReadOnlyList<string> Errors => _errors;

    public void Record(string? error)
    {
        _received++;
        if (error is not null)
        {
            _errors.Add(error);
        }
    }
}
