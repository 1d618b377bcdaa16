namespace LiveData.Core.Identity;

/// <summary>Names one output of one job on the wire (the da00 <c>source_name</c> of a result).</summary>
public readonly record struct ResultKey(WorkflowId WorkflowId, JobId JobId, string OutputName)
{
    public DataKey DataKey => new(WorkflowId, JobId.SourceName, OutputName);
}
