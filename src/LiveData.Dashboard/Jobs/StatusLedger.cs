namespace LiveData.Dashboard.Jobs;

/// <summary>The latest heartbeat status per key with when it arrived; thread-safe. Staleness rules belong to the caller.</summary>
internal sealed class StatusLedger<TKey, TStatus>(TimeProvider clock) where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, (TStatus Status, DateTimeOffset ReceivedAt)> _entries = [];

    public IReadOnlyDictionary<TKey, TStatus> Latest
    {
        get
        {
            lock (_gate)
            {
                return _entries.ToDictionary(e => e.Key, e => e.Value.Status);
            }
        }
    }

    public void Record(TKey key, TStatus status)
    {
        lock (_gate)
        {
            _entries[key] = (status, clock.GetUtcNow());
        }
    }

    /// <summary>The latest status and how long ago it arrived, if any arrived.</summary>
    public bool TryGet(TKey key, out TStatus status, out TimeSpan age)
    {
        lock (_gate)
        {
            var found = _entries.TryGetValue(key, out var entry);
            (status, age) = (entry.Status, found ? clock.GetUtcNow() - entry.ReceivedAt : TimeSpan.MaxValue);
            return found;
        }
    }
}
