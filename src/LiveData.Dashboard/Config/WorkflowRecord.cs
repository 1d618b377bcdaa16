using System.Text.Json;
using LiveData.Core.Identity;

namespace LiveData.Dashboard.Config;

/// <summary>
/// What the dashboard persists per workflow: the parameters per source last used, and — while the
/// workflow runs — the job number it wants running. A record without a current job means "not running".
/// </summary>
public sealed record WorkflowRecord(IReadOnlyDictionary<string, JsonElement> Jobs, CurrentJobRecord? CurrentJob);

/// <summary>The desired job set: its job number and the parameters per source.</summary>
public sealed record CurrentJobRecord(JobNumber JobNumber, IReadOnlyDictionary<string, JsonElement> Jobs);
