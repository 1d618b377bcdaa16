namespace LiveData.Processes;

/// <summary>
/// The captured stdout/stderr of one process, bounded to the most recent lines, with a waiter for
/// lines containing given texts (readiness signals) that completes as the last of them arrives.
/// </summary>
public sealed class OutputLog(string name, int capacity = 5000)
{
    private readonly Lock _gate = new();
    private readonly Queue<string> _lines = new();
    private readonly HashSet<string> _seen = [];
    private IReadOnlyCollection<string> _watched = [];
    private TaskCompletionSource _allSeen = new();

    public string Name { get; } = name;

    /// <summary>Watches for lines containing each of <paramref name="texts"/> from now on.</summary>
    /// <returns>A task that completes when the line holding the last of them is appended.</returns>
    public Task Watch(IReadOnlyCollection<string> texts)
    {
        lock (_gate)
        {
            _watched = texts;
            _seen.Clear();
            _allSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            CompleteWhenAllSeen();
            return _allSeen.Task;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _lines.Clear();
            _seen.Clear();
        }
    }

    public void Append(string line)
    {
        lock (_gate)
        {
            if (_lines.Count == capacity)
            {
                _lines.Dequeue();
            }
            _lines.Enqueue(line);
            foreach (var text in _watched)
            {
                if (line.Contains(text, StringComparison.Ordinal))
                {
                    _seen.Add(text);
                }
            }
            CompleteWhenAllSeen();
        }
    }

    /// <summary>The most recent line containing <paramref name="text"/>, if any.</summary>
    public string? LastLineContaining(string text)
    {
        lock (_gate)
        {
            return _lines.LastOrDefault(l => l.Contains(text, StringComparison.Ordinal));
        }
    }

    /// <summary>How many of the kept lines contain <paramref name="text"/>.</summary>
    public int CountContaining(string text)
    {
        lock (_gate)
        {
            return _lines.Count(l => l.Contains(text, StringComparison.Ordinal));
        }
    }

    public IReadOnlyList<string> MissingWatched()
    {
        lock (_gate)
        {
            return [.. _watched.Where(t => !_seen.Contains(t))];
        }
    }

    public string Tail(int lines = 40)
    {
        lock (_gate)
        {
            return string.Join(Environment.NewLine, _lines.TakeLast(lines).Select(l => $"[{Name}] {l}"));
        }
    }

    private void CompleteWhenAllSeen()
    {
        if (!_allSeen.Task.IsCompleted && _watched.All(_seen.Contains))
        {
            _allSeen.TrySetResult();
        }
    }
}
