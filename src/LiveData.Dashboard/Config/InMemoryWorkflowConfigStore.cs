using System.Collections.Concurrent;
using LiveData.Core.Identity;

namespace LiveData.Dashboard.Config;

/// <summary>Records that live as long as the dashboard process.</summary>
public sealed class InMemoryWorkflowConfigStore : IWorkflowConfigStore
{
    private readonly ConcurrentDictionary<WorkflowId, WorkflowRecord> _records = new();

    public WorkflowRecord? Get(WorkflowId workflowId) => _records.GetValueOrDefault(workflowId);

    public void Set(WorkflowId workflowId, WorkflowRecord record) => _records[workflowId] = record;
}
