using System.Text;
using System.Text.Json;
using LiveData.Core.Identity;
using YamlDotNet.RepresentationModel;

namespace LiveData.Dashboard.Config;

/// <summary>
/// Records in <c>&lt;directory&gt;/&lt;instrument&gt;/workflow_configs.yaml</c>, the file upstream's dashboard
/// keeps (its <c>ConfigStoreManager.get_store('workflow_configs')</c>), in its layout: one entry per
/// workflow id (<c>dummy/monitor_histogram/1</c>) holding <c>jobs</c> (per source: <c>params</c>,
/// <c>aux_source_names</c>) and, while the workflow runs, <c>current_job</c> (<c>job_number</c>, <c>jobs</c>).
/// Either dashboard can read a directory the other wrote. The file is rewritten whole (temporary file, then
/// move) on every change; other workflows' entries — including ones this side has no workflow for — are
/// written back as they were read, and a rewritten entry moves to the end, as upstream orders by recency.
/// </summary>
public sealed class FileWorkflowConfigStore(string directory, string instrument) : IWorkflowConfigStore
{
    public const string FileName = "workflow_configs.yaml";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Lock _gate = new();

    public string FilePath { get; } = Path.Combine(directory, instrument, FileName);

    /// <summary>
    /// The store of a dashboard about to start: the records of its workflows are read once here, so a file that
    /// cannot be used stops the start with the reason instead of failing every later message that touches it.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not valid YAML, or a workflow's entry is not in upstream's layout.</exception>
    public static FileWorkflowConfigStore Open(string directory, string instrument, IEnumerable<WorkflowId> workflows)
    {
        var store = new FileWorkflowConfigStore(directory, instrument);
        foreach (var workflowId in workflows)
        {
            store.Get(workflowId);
        }
        return store;
    }

    /// <exception cref="InvalidDataException">The file is not valid YAML, or the workflow's entry is not in upstream's layout.</exception>
    public WorkflowRecord? Get(WorkflowId workflowId)
    {
        lock (_gate)
        {
            var key = workflowId.ToString();
            var entry = UpstreamYaml.Get(Load(), key);
            return UpstreamYaml.IsNull(entry) ? null : ReadRecord(entry!, key);
        }
    }

    /// <exception cref="InvalidDataException">The file is there but not valid YAML (it is left as it is).</exception>
    public void Set(WorkflowId workflowId, WorkflowRecord record)
    {
        lock (_gate)
        {
            var all = Load();
            var key = workflowId.ToString();
            var previous = all.Children.FirstOrDefault(child => child.Key is YamlScalarNode scalar && scalar.Value == key);
            if (previous.Key is not null)
            {
                all.Children.Remove(previous.Key);
            }
            all.Add(UpstreamYaml.String(key), WriteRecord(record, previous.Value as YamlMappingNode));
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            // A temporary name of its own: two stores on one directory (two dashboards) never write into each other's.
            var temporary = Path.ChangeExtension(FilePath, $".{Guid.NewGuid():N}.tmp");
            File.WriteAllText(temporary, UpstreamYaml.Dump(all), Utf8);
            File.Move(temporary, FilePath, overwrite: true);
        }
    }

    private YamlMappingNode Load() =>
        File.Exists(FilePath) ? UpstreamYaml.LoadMapping(File.ReadAllText(FilePath), FilePath) : new YamlMappingNode();

    /// <summary>
    /// The entry as upstream's <c>JobOrchestrator._persist_state_to_store</c> writes it. This side keeps no
    /// auxiliary source choices, so each source's <c>aux_source_names</c> are carried over from the entry
    /// being replaced (empty for a source it did not have).
    /// </summary>
    private static YamlMappingNode WriteRecord(WorkflowRecord record, YamlMappingNode? previous)
    {
        var entries = new List<(string, YamlNode)>();
        if (record.Jobs.Count > 0)
        {
            entries.Add(("jobs", WriteJobs(record.Jobs, previous)));
        }
        if (record.CurrentJob is { } current)
        {
            entries.Add(("current_job", UpstreamYaml.Mapping(
            [
                ("job_number", UpstreamYaml.String(current.JobNumber.ToString())),
                ("jobs", WriteJobs(current.Jobs, previous)),
            ])));
        }
        return UpstreamYaml.Mapping(entries);
    }

    private static YamlMappingNode WriteJobs(IReadOnlyDictionary<string, JsonElement> jobs, YamlMappingNode? previous) =>
        UpstreamYaml.Mapping(jobs.Select(job => (job.Key, (YamlNode)UpstreamYaml.Mapping(
        [
            ("params", UpstreamYaml.FromJson(job.Value)),
            ("aux_source_names", PreviousAuxSourceNames(previous, job.Key) ?? UpstreamYaml.EmptyMapping()),
        ]))));

    private static YamlMappingNode? PreviousAuxSourceNames(YamlMappingNode? previous, string source)
    {
        if (previous is null)
        {
            return null;
        }
        var current = UpstreamYaml.Get(previous, "current_job") as YamlMappingNode;
        return new[] { UpstreamYaml.Get(previous, "jobs"), current is null ? null : UpstreamYaml.Get(current, "jobs") }
            .OfType<YamlMappingNode>()
            .Select(jobs => UpstreamYaml.Get(jobs, source) is YamlMappingNode job ? UpstreamYaml.Get(job, "aux_source_names") as YamlMappingNode : null)
            .FirstOrDefault(aux => aux is not null);
    }

    /// <summary>The entry as upstream's <c>JobOrchestrator._load_configs_from_store</c> reads it (missing parts are empty).</summary>
    private WorkflowRecord ReadRecord(YamlNode entry, string key)
    {
        var record = Expect<YamlMappingNode>(entry, key, "mapping");
        var currentNode = UpstreamYaml.Get(record, "current_job");
        CurrentJobRecord? current = null;
        if (!UpstreamYaml.IsNull(currentNode))
        {
            var where = $"{key} → current_job";
            var currentJob = Expect<YamlMappingNode>(currentNode!, where, "mapping");
            var numberNode = UpstreamYaml.Get(currentJob, "job_number");
            var text = (numberNode as YamlScalarNode)?.Value;
            if (!JobNumber.TryParse(text, out var number))
            {
                throw Malformed($"{where} → job_number", $"is {(numberNode is null ? "missing" : UpstreamYaml.Describe(numberNode))}; expected a UUID");
            }
            current = new CurrentJobRecord(number, ReadJobs(UpstreamYaml.Get(currentJob, "jobs"), $"{where} → jobs"));
        }
        return new WorkflowRecord(ReadJobs(UpstreamYaml.Get(record, "jobs"), $"{key} → jobs"), current);
    }

    private Dictionary<string, JsonElement> ReadJobs(YamlNode? jobs, string where)
    {
        var result = new Dictionary<string, JsonElement>();
        if (UpstreamYaml.IsNull(jobs))
        {
            return result;
        }
        foreach (var (sourceNode, jobNode) in Expect<YamlMappingNode>(jobs!, where, "mapping").Children)
        {
            var source = Expect<YamlScalarNode>(sourceNode, where, "source name").Value ?? "";
            var job = Expect<YamlMappingNode>(jobNode, $"{where} → {source}", "mapping");
            var parameters = UpstreamYaml.Get(job, "params");
            try
            {
                result[source] = UpstreamYaml.IsNull(parameters)
                    ? JsonSerializer.SerializeToElement(new Dictionary<string, object>())
                    : UpstreamYaml.ToJson(parameters!, $"{where} → {source} → params");
            }
            catch (InvalidDataException e)
            {
                throw Malformed(e.Message, "");
            }
        }
        return result;
    }

    private T Expect<T>(YamlNode node, string where, string expected) where T : YamlNode =>
        node as T ?? throw Malformed(where, $"is a {UpstreamYaml.Describe(node)}; expected a {expected}");

    private InvalidDataException Malformed(string where, string problem) =>
        new($"{FilePath} is not in the dashboard's workflow_configs layout: {where} {problem}".TrimEnd());
}
