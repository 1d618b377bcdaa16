using System.Text.Json.Nodes;
using LiveData.Dashboard.Config;

namespace LiveData.Tests.Dashboard;

public sealed class FileWorkflowConfigStoreTests : IDisposable
{
    private static readonly WorkflowId Monitors = new("dummy", "monitor_histogram", 1);
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("livedata-store-");

    public void Dispose() => _directory.Delete(recursive: true);

    private static Dictionary<string, JsonElement> Params(int bins) =>
        new() { ["monitor1"] = JsonSerializer.SerializeToElement(new { toa_edges = new { num_bins = bins } }) };

    [Fact]
    public void A_record_survives_a_new_store_on_the_same_directory()
    {
        var number = JobNumber.New();
        new FileWorkflowConfigStore(_directory.FullName, "dummy").Set(Monitors, new WorkflowRecord(Params(7), new CurrentJobRecord(number, Params(7))));

        var record = new FileWorkflowConfigStore(_directory.FullName, "dummy").Get(Monitors)!;

        record.CurrentJob!.JobNumber.Should().Be(number);
        record.Jobs["monitor1"].GetProperty("toa_edges").GetProperty("num_bins").GetInt32().Should().Be(7);
    }

    [Fact]
    public void The_file_uses_upstreams_layout()
    {
        var store = new FileWorkflowConfigStore(_directory.FullName, "dummy");
        var number = JobNumber.New();
        store.Set(Monitors, new WorkflowRecord(Params(3), new CurrentJobRecord(number, Params(3))));

        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(_directory.FullName, "dummy", "workflow_configs.json")))!;

        var entry = file["dummy/monitor_histogram/1"]!;
        entry["jobs"]!["monitor1"]!["aux_source_names"]!.AsObject().Should().BeEmpty();
        entry["jobs"]!["monitor1"]!["params"]!["toa_edges"]!["num_bins"]!.GetValue<int>().Should().Be(3);
        entry["current_job"]!["job_number"]!.GetValue<string>().Should().Be(number.ToString());
    }

    [Fact]
    public void A_record_without_a_current_job_reads_back_without_one()
    {
        var store = new FileWorkflowConfigStore(_directory.FullName, "dummy");

        store.Set(Monitors, new WorkflowRecord(Params(3), null));

        store.Get(Monitors)!.CurrentJob.Should().BeNull();
        store.Get(new WorkflowId("dummy", "other", 1)).Should().BeNull();
    }
}
