namespace LiveData.Core.Identity;

/// <summary>One job = one source of one commit; string form <c>source_name/job_number</c>.</summary>
public readonly record struct JobId(string SourceName, JobNumber JobNumber)
{
    public override string ToString() => $"{SourceName}/{JobNumber}";
}
