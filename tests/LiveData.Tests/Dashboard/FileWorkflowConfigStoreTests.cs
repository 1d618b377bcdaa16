using LiveData.Dashboard.Config;
using YamlDotNet.RepresentationModel;

namespace LiveData.Tests.Dashboard;

public sealed class FileWorkflowConfigStoreTests : IDisposable
{
    private static readonly WorkflowId Monitors = new("dummy", "monitor_histogram", 1);
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("livedata-store-");

    public void Dispose() => _directory.Delete(recursive: true);

    private string FilePath => Path.Combine(_directory.FullName, "dummy", "workflow_configs.yaml");

    private FileWorkflowConfigStore Store() => new(_directory.FullName, "dummy");

    private static Dictionary<string, JsonElement> Params(int bins) =>
        new() { ["monitor1"] = JsonSerializer.SerializeToElement(new { toa_edges = new { num_bins = bins } }) };

    private void WriteFile(string yaml)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        File.WriteAllText(FilePath, yaml);
    }

    private YamlMappingNode ReadFile()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(FilePath)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    [Fact]
    public void A_record_survives_a_new_store_on_the_same_directory()
    {
        var number = JobNumber.New();
        Store().Set(Monitors, new WorkflowRecord(Params(7), new CurrentJobRecord(number, Params(7))));

        var record = Store().Get(Monitors)!;

        record.CurrentJob!.JobNumber.Should().Be(number);
        record.Jobs["monitor1"].GetProperty("toa_edges").GetProperty("num_bins").GetInt32().Should().Be(7);
        record.CurrentJob.Jobs["monitor1"].GetProperty("toa_edges").GetProperty("num_bins").GetInt32().Should().Be(7);
    }

    [Fact]
    public void The_file_uses_upstreams_name_and_layout()
    {
        var number = JobNumber.New();
        Store().Set(Monitors, new WorkflowRecord(Params(3), new CurrentJobRecord(number, Params(3))));

        File.Exists(Path.Combine(_directory.FullName, "dummy", "workflow_configs.json")).Should().BeFalse();
        var entry = (YamlMappingNode)ReadFile()["dummy/monitor_histogram/1"];
        var job = (YamlMappingNode)entry["jobs"]["monitor1"];
        ((YamlMappingNode)job["aux_source_names"]).Children.Should().BeEmpty();
        ((YamlScalarNode)job["params"]["toa_edges"]["num_bins"]).Value.Should().Be("3");
        ((YamlScalarNode)entry["current_job"]["job_number"]).Value.Should().Be(number.ToString());
        File.ReadAllText(FilePath).Should().Contain("aux_source_names: {}");
    }

    [Fact]
    public void A_record_without_a_current_job_reads_back_without_one()
    {
        var store = Store();

        store.Set(Monitors, new WorkflowRecord(Params(3), null));

        store.Get(Monitors)!.CurrentJob.Should().BeNull();
        store.Get(new WorkflowId("dummy", "other", 1)).Should().BeNull();
    }

    [Fact]
    public void No_file_reads_as_no_records()
    {
        Store().Get(Monitors).Should().BeNull();
    }

    // A file as upstream writes it: FileBackedConfigStore._save_to_file (src/ess/livedata/dashboard/config_store.py,
    // yaml.dump with default_flow_style=False, sort_keys=False) of the dict JobOrchestrator._persist_state_to_store
    // (job_orchestrator.py) builds; shared parameter dicts come out as &id001/*id001, as in upstream's fixture
    // tests/dashboard/ui_config_fixtures/dummy/workflow_configs.yaml.
    private const string UpstreamFile = """
        dummy/area_panel_xy/1:
          jobs:
            area_panel:
              params: {}
              aux_source_names: {}
        dummy/monitor_histogram/1:
          jobs:
            monitor1:
              params:
                coordinate_mode: &id001
                  mode: toa
                toa_edges: &id002
                  num_bins: 100
                  scale: linear
                  start: 0.0
                  stop: 71.42857142857143
                  unit: ms
                toa_range:
                  enabled: false
                  start: 1.0e-05
                  unit: μs
                labels:
                - '1.5'
                - 'yes'
                - null
              aux_source_names: {}
            monitor2:
              params:
                coordinate_mode: *id001
                toa_edges: *id002
              aux_source_names:
                roi_polygon: roi_polygon
          current_job:
            job_number: 0f8fad5b-d9cb-469f-a165-70867728950e
            jobs:
              monitor1:
                params:
                  toa_edges:
                    num_bins: 50
                aux_source_names: {}
        """;

    [Fact]
    public void Reads_a_file_in_upstreams_layout()
    {
        WriteFile(UpstreamFile);

        var record = Store().Get(Monitors)!;

        record.CurrentJob!.JobNumber.Should().Be(JobNumber.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"));
        record.CurrentJob.Jobs.Keys.Should().Equal("monitor1");
        record.CurrentJob.Jobs["monitor1"].GetProperty("toa_edges").GetProperty("num_bins").GetInt32().Should().Be(50);
        record.Jobs.Keys.Should().BeEquivalentTo("monitor1", "monitor2");
        var monitor1 = record.Jobs["monitor1"];
        monitor1.GetProperty("toa_edges").GetProperty("stop").GetDouble().Should().Be(71.42857142857143);
        monitor1.GetProperty("toa_edges").GetProperty("start").GetRawText().Should().Be("0.0", "a float stays a float");
        monitor1.GetProperty("toa_range").GetProperty("enabled").ValueKind.Should().Be(JsonValueKind.False);
        monitor1.GetProperty("toa_range").GetProperty("start").GetDouble().Should().Be(1e-5);
        monitor1.GetProperty("toa_range").GetProperty("unit").GetString().Should().Be("μs");
        monitor1.GetProperty("labels").EnumerateArray().Select(l => l.ValueKind).Should().Equal(JsonValueKind.String, JsonValueKind.String, JsonValueKind.Null);
        record.Jobs["monitor2"].GetProperty("toa_edges").GetProperty("num_bins").GetInt32().Should().Be(100, "an alias reads as its anchor");
        Store().Get(new WorkflowId("dummy", "area_panel_xy", 1))!.Jobs["area_panel"].EnumerateObject().Should().BeEmpty();
    }

    [Fact]
    public void Rewriting_one_entry_keeps_the_others_and_the_aux_source_names()
    {
        WriteFile(UpstreamFile + "\nsomething_else:\n  kept: [1, 'on', ~]\n");
        var store = Store();
        var before = store.Get(Monitors)!;
        var number = JobNumber.New();

        store.Set(Monitors, before with { CurrentJob = new CurrentJobRecord(number, before.Jobs) });

        var file = ReadFile();
        file.Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value).Should().Equal(
            "dummy/area_panel_xy/1", "something_else", "dummy/monitor_histogram/1");
        ((YamlScalarNode)file["something_else"]["kept"][1]).Style.Should().Be(YamlDotNet.Core.ScalarStyle.SingleQuoted);
        ((YamlScalarNode)file["dummy/monitor_histogram/1"]["jobs"]["monitor2"]["aux_source_names"]["roi_polygon"]).Value.Should().Be("roi_polygon");
        ((YamlScalarNode)file["dummy/monitor_histogram/1"]["current_job"]["jobs"]["monitor2"]["aux_source_names"]["roi_polygon"]).Value.Should().Be("roi_polygon");
        var after = store.Get(Monitors)!;
        after.CurrentJob!.JobNumber.Should().Be(number);
        foreach (var source in new[] { "monitor1", "monitor2" })
        {
            after.Jobs[source].GetRawText().Should().Be(before.Jobs[source].GetRawText());
            after.CurrentJob.Jobs[source].GetRawText().Should().Be(before.Jobs[source].GetRawText());
        }
    }

    [Fact]
    public void Values_that_look_like_other_types_keep_their_type_through_the_file()
    {
        var parameters = JsonSerializer.SerializeToElement(new Dictionary<string, object?>
        {
            ["strings"] = new[] { "yes", "no", "on", "1", "1.5", "1_000", "0x1f", "~", "null", "", "2024-01-01", "1:30", "a: b", "- x", "#c", "line\nbreak", "<<", "=", "tab\there", "nel\u0085x", "emoji 😀", " lead", "a #b", "x:y" },
            ["int"] = 12345678901234L,
            ["negative"] = -3,
            ["float"] = 2.5,
            ["whole_float"] = JsonDocument.Parse("1.0").RootElement,
            ["exponent"] = JsonDocument.Parse("2E10").RootElement,
            ["tiny"] = 1e-7,
            ["flag"] = true,
            ["nothing"] = null,
            ["empty_list"] = Array.Empty<int>(),
            ["empty_object"] = new Dictionary<string, int>(),
        });
        var store = Store();

        store.Set(Monitors, new WorkflowRecord(new Dictionary<string, JsonElement> { ["monitor1"] = parameters }, null));

        var read = store.Get(Monitors)!.Jobs["monitor1"];
        read.GetProperty("strings").EnumerateArray().Select(s => s.GetString()).Should().Equal(
            parameters.GetProperty("strings").EnumerateArray().Select(s => s.GetString()));
        read.GetProperty("int").GetInt64().Should().Be(12345678901234L);
        read.GetProperty("negative").GetInt32().Should().Be(-3);
        read.GetProperty("float").GetDouble().Should().Be(2.5);
        read.GetProperty("whole_float").GetRawText().Should().Be("1.0");
        read.GetProperty("exponent").GetDouble().Should().Be(2e10);
        read.GetProperty("tiny").GetDouble().Should().Be(1e-7);
        read.GetProperty("flag").GetBoolean().Should().BeTrue();
        read.GetProperty("nothing").ValueKind.Should().Be(JsonValueKind.Null);
        read.GetProperty("empty_list").GetArrayLength().Should().Be(0);
        read.GetProperty("empty_object").EnumerateObject().Should().BeEmpty();
        var text = File.ReadAllText(FilePath);
        text.Should().Contain("whole_float: 1.0").And.Contain("exponent: 2.0e+10").And.Contain("- 'yes'").And.Contain("empty_list: []");
    }

    [Fact]
    public void Upstream_scalar_forms_read_as_python_reads_them()
    {
        WriteFile("""
            dummy/monitor_histogram/1:
              jobs:
                monitor1:
                  params:
                    yes_flag: yes
                    off_flag: Off
                    tilde: ~
                    hex: 0x1F
                    octal: 017
                    underscored: 1_000
                    sexagesimal: 1:30
                    leading_dot: .5
                    no_exponent_sign: 1e5
                    tagged: !!str 12
                    day: 2024-01-01
            """);

        var read = Store().Get(Monitors)!.Jobs["monitor1"];

        read.GetProperty("yes_flag").GetBoolean().Should().BeTrue();
        read.GetProperty("off_flag").GetBoolean().Should().BeFalse();
        read.GetProperty("tilde").ValueKind.Should().Be(JsonValueKind.Null);
        read.GetProperty("hex").GetInt32().Should().Be(31);
        read.GetProperty("octal").GetInt32().Should().Be(15);
        read.GetProperty("underscored").GetInt32().Should().Be(1000);
        read.GetProperty("sexagesimal").GetInt32().Should().Be(90);
        read.GetProperty("leading_dot").GetDouble().Should().Be(0.5);
        read.GetProperty("no_exponent_sign").GetString().Should().Be("1e5", "PyYAML's float needs a signed exponent");
        read.GetProperty("tagged").GetString().Should().Be("12");
        read.GetProperty("day").GetString().Should().Be("2024-01-01");
    }

    [Fact]
    public void An_empty_file_reads_as_no_records_and_can_be_written()
    {
        WriteFile("");
        var store = Store();

        store.Get(Monitors).Should().BeNull();
        store.Set(Monitors, new WorkflowRecord(Params(1), null));

        store.Get(Monitors)!.Jobs.Should().ContainKey("monitor1");
    }

    [Fact]
    public void A_malformed_file_is_reported_with_its_path_and_the_problem_and_left_as_it_is()
    {
        // Upstream's own corrupted-file case (tests/dashboard/config_store_test.py, test_corrupted_file_handling).
        const string broken = "invalid: yaml: content: [unclosed";
        WriteFile(broken);
        var store = Store();

        var reading = () => store.Get(Monitors);
        var writing = () => store.Set(Monitors, new WorkflowRecord(Params(1), null));

        reading.Should().Throw<InvalidDataException>().WithMessage($"*{FilePath}*not valid YAML at line 1, column *: *");
        writing.Should().Throw<InvalidDataException>().WithMessage($"*{FilePath}*");
        File.ReadAllText(FilePath).Should().Be(broken);
    }

    [Theory]
    [InlineData("- just\n- a list\n", "*a YAML sequence at the top*")]
    [InlineData("dummy/monitor_histogram/1: [1, 2]\n", "*dummy/monitor_histogram/1 is a sequence; expected a mapping*")]
    [InlineData("dummy/monitor_histogram/1:\n  current_job:\n    job_number: not-a-uuid\n", "*current_job → job_number is scalar 'not-a-uuid'; expected a UUID*")]
    [InlineData("dummy/monitor_histogram/1:\n  jobs:\n    monitor1:\n      params:\n        edge: .inf\n", "*jobs → monitor1 → params → edge*no JSON form*")]
    public void An_entry_not_in_upstreams_layout_is_reported_with_its_path_and_the_problem(string yaml, string message)
    {
        WriteFile(yaml);

        var reading = () => Store().Get(Monitors);

        reading.Should().Throw<InvalidDataException>().WithMessage($"*{FilePath}*").WithMessage(message);
    }

    [Fact]
    public void Opening_for_a_dashboard_reads_its_workflows_at_once_and_refuses_a_file_it_cannot_use()
    {
        WriteFile("dummy/monitor_histogram/1:\n  current_job:\n    job_number: not-a-uuid\n");

        var opening = () => FileWorkflowConfigStore.Open(_directory.FullName, "dummy", [Monitors]);

        opening.Should().Throw<InvalidDataException>().WithMessage($"*{FilePath}*expected a UUID*");
    }

    [Fact]
    public void Opening_a_usable_file_gives_its_records()
    {
        Store().Set(Monitors, new WorkflowRecord(Params(1), null));

        FileWorkflowConfigStore.Open(_directory.FullName, "dummy", [Monitors]).Get(Monitors).Should().NotBeNull();
    }
}
