using System.Text.Json;
using System.Text.Json.Nodes;
using LiveData.Core.Identity;

namespace LiveData.Dashboard.Config;

/// <summary>
/// Records in <c>&lt;directory&gt;/&lt;instrument&gt;/workflow_configs.json</c>, in upstream's layout
/// (<c>{"dummy/monitor_histogram/1": {"jobs": {source: {"params", "aux_source_names"}}, "current_job": {"job_number", "jobs"}}}</c>),
/// so a restarted dashboard knows which jobs it had started. The file is rewritten whole on every change.
/// </summary>
public sealed class FileWorkflowConfigStore(string directory, string instrument) : IWorkflowConfigStore
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly Lock _gate = new();

    public string FilePath { get; } = Path.Combine(directory, instrument, "workflow_configs.json");

    public WorkflowRecord? Get(WorkflowId workflowId)
    {
        lock (_gate)
        {
            return Load()[workflowId.ToString()] is JsonObject entry ? ReadRecord(entry) : null;
        }
    }

    public void Set(WorkflowId workflowId, WorkflowRecord record)
    {
        lock (_gate)
        {
            var all = Load();
            all[workflowId.ToString()] = WriteRecord(record);
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            var temporary = FilePath + ".tmp";
            File.WriteAllText(temporary, all.ToJsonString(Indented));
            File.Move(temporary, FilePath, overwrite: true);
        }
    }

    private JsonObject Load() =>
        File.Exists(FilePath) ? JsonNode.Parse(File.ReadAllText(FilePath)) as JsonObject ?? [] : [];

    private static JsonObject WriteRecord(WorkflowRecord record)
    {
        var entry = new JsonObject { ["jobs"] = WriteJobs(record.Jobs) };
        if (record.CurrentJob is { } current)
        {
            entry["current_job"] = new JsonObject { ["job_number"] = current.JobNumber.ToString(), ["jobs"] = WriteJobs(current.Jobs) };
        }
        return entry;
    }

    private static JsonObject WriteJobs(IReadOnlyDictionary<string, JsonElement> jobs) => new(jobs.Select(job =>
        KeyValuePair.Create(job.Key, (JsonNode?)new JsonObject { ["params"] = JsonNode.Parse(job.Value.GetRawText()), ["aux_source_names"] = new JsonObject() })));

    private static WorkflowRecord ReadRecord(JsonObject entry) => new(
        ReadJobs(entry["jobs"] as JsonObject),
        entry["current_job"] is JsonObject current && JobNumber.TryParse(current["job_number"]?.GetValue<string>(), out var number)
            ? new CurrentJobRecord(number, ReadJobs(current["jobs"] as JsonObject))
            : null);

    private static Dictionary<string, JsonElement> ReadJobs(JsonObject? jobs) =>
        (jobs ?? []).ToDictionary(
            job => job.Key,
            job => JsonSerializer.SerializeToElement((job.Value as JsonObject)?["params"] ?? new JsonObject()));
}
