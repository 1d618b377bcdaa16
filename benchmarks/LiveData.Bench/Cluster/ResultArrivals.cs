using LiveData.Core.Data;
using LiveData.Core.Identity;
using LiveData.Core.Time;
using LiveData.Dashboard;

namespace LiveData.Bench.Cluster;

/// <summary>One result as it reached the dashboard: when, and the data-time span it covers.</summary>
/// <param name="ArrivedNs">Wall clock (epoch ns) when the dashboard stored it.</param>
/// <param name="StartNs">Its <c>start_time</c> coord, if it has one.</param>
/// <param name="EndNs">Its <c>time</c> coord (the end of the data-time span), if it has one.</param>
public sealed record ResultArrival(DataKey Key, long ArrivedNs, long? StartNs, long? EndNs);

/// <summary>
/// Records every result the dashboard stores for the watched keys at the moment it is stored
/// (<see cref="DashboardResults.Updated"/>), so arrival times are exact rather than sampled.
/// </summary>
public sealed class ResultArrivals : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private readonly DashboardResults _results;
    private readonly Func<DataKey, bool> _watched;
    private readonly TimeProvider _clock;
    private readonly List<ResultArrival> _arrivals = [];
    private readonly Lock _gate = new();

    public ResultArrivals(DashboardResults results, Func<DataKey, bool> watched, TimeProvider? clock = null)
    {
        _results = results;
        _watched = watched;
        _clock = clock ?? TimeProvider.System;
        _results.Updated += Record;
    }

    public IReadOnlyList<ResultArrival> Snapshot()
    {
        lock (_gate)
        {
            return [.. _arrivals];
        }
    }

    /// <summary>Waits until <paramref name="enough"/> holds for the arrivals so far; throws with what arrived when it does not within <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<IReadOnlyList<ResultArrival>, bool> enough, string what, TimeSpan timeout, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            while (!enough(Snapshot()))
            {
                await Task.Delay(Poll, _clock, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            var counts = string.Join(", ", Snapshot().GroupBy(a => a.Key).Select(g => $"{g.Key}: {g.Count()}"));
            throw new TimeoutException($"No {what} within {timeout.TotalSeconds:0} s; results so far: {(counts.Length > 0 ? counts : "none")}");
        }
    }

    public void Dispose() => _results.Updated -= Record;

    private void Record(DataKey key, DataArray value)
    {
        if (!_watched(key))
        {
            return;
        }
        var arrival = new ResultArrival(key, EpochNanoseconds.Now(_clock), ScalarNs(value, "start_time"), ScalarNs(value, "time"));
        lock (_gate)
        {
            _arrivals.Add(arrival);
        }
    }

    private static long? ScalarNs(DataArray value, string coord) =>
        value.Coord(coord) is { Dims.Count: 0, IsFloat: false } scalar ? scalar.Int64Values[0] : null;
}
