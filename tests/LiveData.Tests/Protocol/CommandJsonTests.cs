using System.Text;
using LiveData.Protocol.Commands;
using LiveData.Protocol.Json;
using LiveData.Workflows.MonitorHistogram;

namespace LiveData.Tests.Protocol;

public sealed class CommandJsonTests
{
    private const string MessageId = "9b1d6c1e-0f9a-4b7e-9d8c-1a2b3c4d5e6f";
    private const string JobNumberText = "5c7e2f4a-8b9c-4d0e-a1f2-3b4c5d6e7f80";
    private const string UpstreamParams =
        """{"coordinate_mode":{"mode":"toa"},"toa_edges":{"start":0.0,"stop":71.43,"num_bins":100,"scale":"linear","unit":"ms"},"toa_range":{"start":0.0,"stop":10.0,"enabled":false,"unit":"μs"},"wavelength_edges":{"start":1.0,"stop":10.0,"num_bins":100,"scale":"linear","unit":"Å"},"wavelength_range":{"start":0.0,"stop":10.0,"enabled":false,"unit":"Å"}}""";

    private static readonly WorkflowId MonitorHistogram = new("dummy", "monitor_histogram", 1);
    private static readonly JobId Job = new("monitor1", JobNumber.Parse(JobNumberText));

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static string Serialize(Command command) => Encoding.UTF8.GetString(CommandJson.Serialize(command));

    private static Command Parse(string json) => CommandJson.Parse(Encoding.UTF8.GetBytes(json));

    private static WorkflowConfig UpstreamConfig() =>
        new(MonitorHistogram, MessageId, Job, JobSchedule.Unbounded, new Dictionary<string, string>(), Json(UpstreamParams));

    [Fact]
    public void WorkflowConfig_serialises_to_upstreams_compact_json()
    {
        Serialize(UpstreamConfig()).Should().Be(
            "{\"kind\":\"workflow_config\"," +
            "\"identifier\":{\"instrument\":\"dummy\",\"name\":\"monitor_histogram\",\"version\":1}," +
            $"\"message_id\":\"{MessageId}\"," +
            $"\"job_id\":{{\"source_name\":\"monitor1\",\"job_number\":\"{JobNumberText}\"}}," +
            "\"schedule\":{\"start_time\":null,\"end_time\":null}," +
            "\"aux_source_names\":{}," +
            $"\"params\":{UpstreamParams}}}");
    }

    [Fact]
    public void WorkflowConfig_with_a_schedule_and_aux_sources_writes_them()
    {
        var config = UpstreamConfig() with
        {
            Schedule = new JobSchedule(1767225600000000000, 1767225601000000000),
            AuxSourceNames = new Dictionary<string, string> { ["incident_monitor"] = "monitor2" },
            Params = Json("{}"),
        };

        Serialize(config).Should().Contain(
            "\"schedule\":{\"start_time\":1767225600000000000,\"end_time\":1767225601000000000}," +
            "\"aux_source_names\":{\"incident_monitor\":\"monitor2\"},\"params\":{}}");
    }

    [Fact]
    public void WorkflowConfig_parses_back()
    {
        var config = UpstreamConfig() with
        {
            Schedule = new JobSchedule(5, null),
            AuxSourceNames = new Dictionary<string, string> { ["roi"] = "x" },
        };

        var parsed = Parse(Serialize(config)).Should().BeOfType<WorkflowConfig>().Subject;

        parsed.Identifier.Should().Be(MonitorHistogram);
        parsed.MessageId.Should().Be(MessageId);
        parsed.JobId.Should().Be(Job);
        parsed.Schedule.Should().Be(new JobSchedule(5, null));
        parsed.AuxSourceNames.Should().Equal(new Dictionary<string, string> { ["roi"] = "x" });
        parsed.Params.GetRawText().Should().Be(UpstreamParams);
    }

    [Fact]
    public void Parsing_the_spec_example_with_whitespace_gives_the_same_command()
    {
        var parsed = (WorkflowConfig)Parse($$$"""
            {"kind": "workflow_config",
             "identifier": {"instrument": "dummy", "name": "monitor_histogram", "version": 1},
             "message_id": "{{{MessageId}}}",
             "job_id": {"source_name": "monitor1", "job_number": "{{{JobNumberText}}}"},
             "schedule": {"start_time": null, "end_time": null},
             "aux_source_names": {},
             "params": {"toa_edges": {"num_bins": 50} } }
            """);

        parsed.Identifier.Should().Be(MonitorHistogram);
        parsed.JobId.Should().Be(Job);
        parsed.Schedule.Should().Be(JobSchedule.Unbounded);
        parsed.Params.GetProperty("toa_edges").GetProperty("num_bins").GetInt32().Should().Be(50);
    }

    [Fact]
    public void The_identifier_may_be_given_in_string_form()
    {
        var parsed = (WorkflowConfig)Parse($$$"""
            {"kind":"workflow_config","identifier":"dummy/monitor_histogram/1","message_id":"m",
             "job_id":{"source_name":"monitor1","job_number":"{{{JobNumberText}}}"},"params":{}}
            """);

        parsed.Identifier.Should().Be(MonitorHistogram);
    }

    [Fact]
    public void Absent_schedule_aux_sources_and_params_take_their_defaults()
    {
        var parsed = (WorkflowConfig)Parse($$$"""
            {"kind":"workflow_config","identifier":"dummy/monitor_histogram/1",
             "job_id":{"source_name":"monitor1","job_number":"{{{JobNumberText}}}"}}
            """);

        parsed.Schedule.Should().Be(JobSchedule.Unbounded);
        parsed.AuxSourceNames.Should().BeEmpty();
        parsed.Params.ValueKind.Should().Be(JsonValueKind.Object);
        parsed.Params.EnumerateObject().Should().BeEmpty();
    }

    [Fact]
    public void A_missing_message_id_is_generated_fresh_for_each_command()
    {
        var json = $$$"""{"kind":"job_command","job_id":null,"workflow_id":null,"action":"stop"}""";

        var first = Parse(json).MessageId;
        var second = Parse(json).MessageId;

        Guid.TryParse(first, out _).Should().BeTrue();
        first.Should().NotBe(second);
    }

    [Fact]
    public void JobCommand_by_job_id_serialises_to_upstreams_compact_json()
    {
        var command = new JobCommand(MessageId, Job, null, JobAction.Stop);

        Serialize(command).Should().Be(
            $"{{\"kind\":\"job_command\",\"message_id\":\"{MessageId}\"," +
            $"\"job_id\":{{\"source_name\":\"monitor1\",\"job_number\":\"{JobNumberText}\"}}," +
            "\"workflow_id\":null,\"action\":\"stop\"}");
    }

    [Fact]
    public void JobCommand_by_workflow_id_serialises_the_workflow_id_object_and_a_null_job_id()
    {
        var command = new JobCommand(MessageId, null, MonitorHistogram, JobAction.Reset);

        Serialize(command).Should().Be(
            $"{{\"kind\":\"job_command\",\"message_id\":\"{MessageId}\",\"job_id\":null," +
            "\"workflow_id\":{\"instrument\":\"dummy\",\"name\":\"monitor_histogram\",\"version\":1},\"action\":\"reset\"}");
    }

    [Theory]
    [InlineData(JobAction.Pause, "pause")]
    [InlineData(JobAction.Resume, "resume")]
    [InlineData(JobAction.Reset, "reset")]
    [InlineData(JobAction.Stop, "stop")]
    public void JobCommand_round_trips_every_action(JobAction action, string wire)
    {
        var command = new JobCommand(MessageId, Job, null, action);

        Serialize(command).Should().Contain($"\"action\":\"{wire}\"");
        Parse(Serialize(command)).Should().Be(command);
    }

    [Fact]
    public void JobCommand_with_no_selector_parses_back_with_no_selector()
    {
        var command = new JobCommand(MessageId, null, null, JobAction.Stop);

        Parse(Serialize(command)).Should().Be(command);
        command.Device.Should().Be("all");
    }

    [Fact]
    public void JobCommand_accepts_the_workflow_id_string_form_nicos_sends()
    {
        var parsed = Parse("""{"kind":"job_command","action":"reset","workflow_id":"dummy/total_counts/1"}""");

        parsed.Should().BeOfType<JobCommand>().Which.WorkflowId.Should().Be(new WorkflowId("dummy", "total_counts", 1));
    }

    [Fact]
    public void JobCommand_device_is_the_job_id_string_for_a_job_id_selector()
    {
        new JobCommand(MessageId, Job, null, JobAction.Stop).Device.Should().Be($"monitor1/{JobNumberText}");
        new JobCommand(MessageId, null, MonitorHistogram, JobAction.Stop).Device.Should().Be("all");
    }

    [Fact]
    public void Default_monitor_params_serialise_with_upstreams_float_formatting()
    {
        // pydantic dumps float fields with a decimal point (0.0, 10.0); the dashboard sends these defaults.
        var config = UpstreamConfig() with { Params = MonitorHistogramParams.Default.ToJson() };

        Serialize(config).Should().EndWith($"\"params\":{UpstreamParams}}}");
    }

    [Theory]
    [InlineData("""{"kind":"start_everything"}""")]
    [InlineData("""{"action":"stop"}""")]
    [InlineData("""{"kind":5,"action":"stop"}""")]
    [InlineData("""{"kind":"job_command",""")]
    [InlineData("not json at all")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("\"job_command\"")]
    [InlineData("""{"kind":"job_command","action":"STOP"}""")]
    [InlineData("""{"kind":"job_command","action":"halt"}""")]
    [InlineData("""{"kind":"job_command","action":"Stop"}""")]
    [InlineData("""{"kind":"job_command"}""")]
    [InlineData("""{"kind":"job_command","action":"stop","job_id":{"source_name":"monitor1","job_number":"not-a-uuid"}}""")]
    [InlineData("""{"kind":"job_command","action":"stop","job_id":"monitor1/5c7e2f4a-8b9c-4d0e-a1f2-3b4c5d6e7f80"}""")]
    [InlineData("""{"kind":"job_command","action":"stop","workflow_id":"dummy/monitor_histogram"}""")]
    [InlineData("""{"kind":"workflow_config","job_id":{"source_name":"monitor1","job_number":"5c7e2f4a-8b9c-4d0e-a1f2-3b4c5d6e7f80"}}""")]
    [InlineData("""{"kind":"workflow_config","identifier":"dummy/monitor_histogram/1"}""")]
    [InlineData("""{"kind":"workflow_config","identifier":{"instrument":"dummy","name":"monitor_histogram"},"job_id":{"source_name":"monitor1","job_number":"5c7e2f4a-8b9c-4d0e-a1f2-3b4c5d6e7f80"}}""")]
    [InlineData("""{"kind":"workflow_config","identifier":42,"job_id":{"source_name":"monitor1","job_number":"5c7e2f4a-8b9c-4d0e-a1f2-3b4c5d6e7f80"}}""")]
    public void Malformed_commands_throw_JsonFormatException(string json)
    {
        var parse = () => Parse(json);

        parse.Should().Throw<JsonFormatException>();
    }

    [Theory]
    [InlineData("""{"kind":"workflow_config","identifier":{"instrument":"dummy","name":"monitor_histogram","version":"1"},"job_id":{"source_name":"monitor1","job_number":"5c7e2f4a-8b9c-4d0e-a1f2-3b4c5d6e7f80"}}""")]
    [InlineData("""{"kind":"workflow_config","identifier":"dummy/monitor_histogram/1","job_id":{"source_name":"monitor1","job_number":"5c7e2f4a-8b9c-4d0e-a1f2-3b4c5d6e7f80"},"schedule":{"start_time":1.5,"end_time":null}}""")]
    [InlineData("""{"kind":"workflow_config","identifier":"dummy/monitor_histogram/1","job_id":{"source_name":"monitor1","job_number":"5c7e2f4a-8b9c-4d0e-a1f2-3b4c5d6e7f80"},"aux_source_names":{"roi":1}}""")]
    public void Wrongly_typed_fields_throw_JsonFormatException_not_another_exception(string json)
    {
        var parse = () => Parse(json);

        parse.Should().Throw<JsonFormatException>();
    }
}
