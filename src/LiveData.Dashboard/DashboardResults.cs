using LiveData.Core.Data;
using LiveData.Core.Identity;
using LiveData.Dashboard.Data;
using LiveData.Dashboard.Jobs;

namespace LiveData.Dashboard;

/// <summary>The latest result per <see cref="DataKey"/> of each workflow's current job, how many results of other jobs were dropped and how many never arrived.</summary>
public sealed class DashboardResults
{
    private readonly DataService _data;
    private readonly ActiveJobRegistry _generations;
    private readonly Func<long> _skipped;

    /// <param name="skipped">How many results the transport never received (none when null).</param>
    internal DashboardResults(DataService data, ActiveJobRegistry generations, Func<long>? skipped = null) =>
        (_data, _generations, _skipped) = (data, generations, skipped ?? (() => 0));

    /// <summary>
    /// Raised on the pump's thread as each new value is stored, so a watcher (the latency bench) sees the
    /// moment a result arrives instead of sampling for it. Handlers must be quick and must not throw.
    /// </summary>
    public event Action<DataKey, DataArray>? Updated
    {
        add => _data.Updated += value;
        remove => _data.Updated -= value;
    }

    /// <summary>Keys that currently hold data.</summary>
    public IReadOnlyList<DataKey> Keys => _data.Keys;

    public DataArray? this[DataKey key] => _data[key];

    /// <summary>Results that arrived for a job other than their workflow's current one, and were dropped.</summary>
    public long StaleDropped => _generations.StaleCount;

    /// <summary>Results published while the dashboard was connected that it never received: the broker deleted them first.</summary>
    public long Skipped => _skipped();

    /// <summary>A consistent copy of all values, each with the job number that produced it.</summary>
    public IReadOnlyDictionary<DataKey, (DataArray Value, JobNumber Stamp)> Snapshot() => _data.SnapshotWithStamps();
}
