using LiveData.Core.Identity;

namespace LiveData.Dashboard.Jobs;

/// <summary>
/// Which job number is the current generation of each workflow. Only results of the current generation
/// are admitted to the data service; everything else is counted as stale and dropped.
/// </summary>
internal sealed class ActiveJobRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<WorkflowId, JobNumber> _current = [];
    private long _staleCount;

    public long StaleCount => Interlocked.Read(ref _staleCount);

    public JobNumber? CurrentOf(WorkflowId workflowId)
    {
        lock (_gate)
        {
            return _current.TryGetValue(workflowId, out var number) ? number : null;
        }
    }

    public void BeginGeneration(WorkflowId workflowId, JobNumber jobNumber)
    {
        lock (_gate)
        {
            _current[workflowId] = jobNumber;
        }
    }

    public void Deactivate(WorkflowId workflowId)
    {
        lock (_gate)
        {
            _current.Remove(workflowId);
        }
    }

    /// <summary>True if the result belongs to the current generation; otherwise counts it as stale.</summary>
    public bool Admit(WorkflowId workflowId, JobNumber jobNumber)
    {
        if (CurrentOf(workflowId) == jobNumber)
        {
            return true;
        }
        Interlocked.Increment(ref _staleCount);
        return false;
    }
}
