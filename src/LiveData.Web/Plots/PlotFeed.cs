using LiveData.Core.Data;
using LiveData.Core.Identity;

namespace LiveData.Web.Plots;

/// <summary>
/// What one browser is sent: for each result, only its newest value, only when it changed, and at most once per
/// <paramref name="minInterval"/>. A slow browser therefore skips values instead of queueing them, and the dashboard
/// backend never waits for it (the feed reads snapshots).
/// </summary>
public sealed class PlotFeed(TimeProvider clock, TimeSpan minInterval)
{
    private readonly Dictionary<DataKey, (DataArray Value, DateTimeOffset SentAt)> _sent = [];

    /// <summary>The plots to send now, and the keys whose results are gone (their workflow was stopped or restarted).</summary>
    public (IReadOnlyList<PlotPayload> Updates, IReadOnlyList<string> Removed) Take(IReadOnlyDictionary<DataKey, DataArray> current)
    {
        var now = clock.GetUtcNow();
        var updates = new List<PlotPayload>();
        foreach (var (key, value) in current.OrderBy(e => e.Key.ToString(), StringComparer.Ordinal))
        {
            if (_sent.TryGetValue(key, out var sent)
                && (ReferenceEquals(sent.Value, value) || now - sent.SentAt < minInterval))
            {
                continue;
            }
            updates.Add(PlotProjection.Project(key, value));
            _sent[key] = (value, now);
        }
        var removed = _sent.Keys.Where(k => !current.ContainsKey(k)).ToList();
        foreach (var key in removed)
        {
            _sent.Remove(key);
        }
        return (updates, [.. removed.Select(k => k.ToString())]);
    }
}
