using System.Text;
using System.Text.Json;
using LiveData.Core.Identity;
using LiveData.Protocol.Commands;

namespace LiveData.Bench.Fuzz;

/// <summary>Valid commands as the dashboard and NICOS send them (upstream's examples, string and object identifiers).</summary>
public static class CommandSeeds
{
    private const string Params =
        """{"coordinate_mode":{"mode":"toa"},"toa_edges":{"start":0.0,"stop":71.43,"num_bins":100,"scale":"linear","unit":"ms"},"toa_range":{"start":0.0,"stop":10.0,"enabled":false,"unit":"μs"}}""";

    private static readonly JobId Job = new("monitor1", JobNumber.Parse("5c7e2f4a-8b9c-4d0e-a1f2-3b4c5d6e7f80"));
    private static readonly WorkflowId Workflow = new("dummy", "monitor_histogram", 1);

    public static IReadOnlyList<FuzzSeed> All() =>
    [
        Serialised("workflow_config", new WorkflowConfig(Workflow, "9b1d6c1e-0f9a-4b7e-9d8c-1a2b3c4d5e6f", Job, new JobSchedule(1_700_000_000_000_000_000, null),
            new Dictionary<string, string> { ["monitor"] = "monitor2" }, JsonDocument.Parse(Params).RootElement.Clone())),
        Serialised("job_command by job", new JobCommand("m1", Job, null, JobAction.Stop)),
        Serialised("job_command by workflow", new JobCommand("m2", null, Workflow, JobAction.Reset)),
        Serialised("job_command for all jobs", new JobCommand("m3", null, null, JobAction.Pause)),
        Text("workflow_config with a string identifier", """{"kind":"workflow_config","identifier":"dummy/monitor_histogram/1","job_id":{"source_name":"monitor1","job_number":"5c7e2f4a-8b9c-4d0e-a1f2-3b4c5d6e7f80"},"schedule":{"start_time":null,"end_time":null},"aux_source_names":{},"params":{}}"""),
        Text("NICOS job_command", """{"kind":"job_command","workflow_id":"dummy/monitor_histogram/1","job_id":null,"action":"stop"}"""),
    ];

    private static FuzzSeed Serialised(string name, Command command) => new(name, CommandJson.Serialize(command));

    private static FuzzSeed Text(string name, string json) => new(name, Encoding.UTF8.GetBytes(json));
}
