using System.Text.Json;
using LiveData.Core.Identity;

namespace LiveData.Dashboard.Jobs;

/// <summary>The jobs of one commit: one job number shared by every source, each with its parameters.</summary>
public sealed record JobSet(JobNumber JobNumber, IReadOnlyDictionary<string, JsonElement> ParamsBySource)
{
    public IReadOnlyList<JobId> JobIds => [.. ParamsBySource.Keys.Select(source => new JobId(source, JobNumber))];
}
