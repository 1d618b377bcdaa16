using LiveData.Core.Data;
using LiveData.Core.Identity;

namespace LiveData.Services.Jobs;

/// <summary>One output of one job for one batch, ready to publish.</summary>
public sealed record JobResult(ResultKey Key, long Timestamp, DataArray Value);
