namespace LiveData.Core.Identity;

/// <summary>The dashboard's data-plane key: a result key without the job number, which only filters generations.</summary>
public readonly record struct DataKey(WorkflowId WorkflowId, string SourceName, string OutputName)
{
    public override string ToString() => $"{WorkflowId}/{SourceName}/{OutputName}";
}
