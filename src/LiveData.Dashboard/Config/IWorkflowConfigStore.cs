using LiveData.Core.Identity;

namespace LiveData.Dashboard.Config;

/// <summary>The dashboard's persisted workflow records, keyed by workflow id.</summary>
public interface IWorkflowConfigStore
{
    WorkflowRecord? Get(WorkflowId workflowId);

    void Set(WorkflowId workflowId, WorkflowRecord record);
}
