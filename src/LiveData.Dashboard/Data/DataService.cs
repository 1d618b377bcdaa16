using LiveData.Core.Data;
using LiveData.Core.Identity;

namespace LiveData.Dashboard.Data;

/// <summary>
/// The latest value per <see cref="DataKey"/>, each stamped with the job number that produced it.
/// Written by the message pump, read by whoever shows or checks results; thread-safe.
/// </summary>
internal sealed class DataService
{
    private readonly Lock _gate = new();
    private readonly Dictionary<DataKey, (DataArray Value, JobNumber Stamp)> _entries = [];

    /// <summary>Raised on the writer's thread after each new value is stored (see <see cref="DashboardResults.Updated"/>).</summary>
    public event Action<DataKey, DataArray>? Updated;

    /// <summary>Keys that currently hold data.</summary>
    public IReadOnlyList<DataKey> Keys
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries.Keys];
            }
        }
    }

    public DataArray? this[DataKey key] => TryGet(key, out var value) ? value : null;

    public bool TryGet(DataKey key, out DataArray value)
    {
        lock (_gate)
        {
            var found = _entries.TryGetValue(key, out var entry);
            value = entry.Value;
            return found;
        }
    }

    public void Set(DataKey key, DataArray value, JobNumber stamp)
    {
        lock (_gate)
        {
            _entries[key] = (value, stamp);
        }
        Updated?.Invoke(key, value);
    }

    /// <summary>Drops every key of a workflow, as a new generation begins.</summary>
    public void ClearWorkflow(WorkflowId workflowId)
    {
        lock (_gate)
        {
            foreach (var key in _entries.Keys.Where(k => k.WorkflowId == workflowId).ToList())
            {
                _entries.Remove(key);
            }
        }
    }

    /// <summary>A consistent copy of all values with their provenance stamps.</summary>
    public IReadOnlyDictionary<DataKey, (DataArray Value, JobNumber Stamp)> SnapshotWithStamps()
    {
        lock (_gate)
        {
            return new Dictionary<DataKey, (DataArray, JobNumber)>(_entries);
        }
    }
}
