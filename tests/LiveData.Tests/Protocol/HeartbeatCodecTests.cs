using LiveData.Protocol.Json;
using LiveData.Wire.X5f2;

namespace LiveData.Tests.Protocol;

public sealed class HeartbeatCodecTests
{
    private const string Uuid = "3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";
    private static readonly HeartbeatOrigin Origin = new("1.2.3", "host-a", 4242);
    private static readonly JobId Job = new("monitor1", JobNumber.Parse(Uuid));
    private static readonly WorkflowId Workflow = new("dummy", "monitor_histogram", 1);

    private static JobStatus ActiveJob() =>
        new(Job, Workflow, JobState.Active, null, null, 1767225600000000000, 1767225601000000000);

    private static ServiceStatus RunningService(StreamStatistics? stats) =>
        new("dummy", "monitor_data", "7d1e0a4b-1111-4222-8333-944455566677", ServiceState.Running, 1767225600000000000, 1, null, 1.0, stats);

    private static object RoundTrip(X5f2Status heartbeat) => HeartbeatCodec.Decode(X5f2Codec.Decode(X5f2Codec.Encode(heartbeat)));

    [Fact]
    public void A_job_heartbeat_fills_the_x5f2_envelope_as_upstream_does()
    {
        var heartbeat = HeartbeatCodec.Encode(ActiveJob(), Origin);

        heartbeat.SoftwareName.Should().Be("livedata");
        heartbeat.SoftwareVersion.Should().Be("1.2.3");
        heartbeat.ServiceId.Should().Be($"monitor1:{Uuid}");
        heartbeat.HostName.Should().Be("host-a");
        heartbeat.ProcessId.Should().Be(4242u);
        heartbeat.UpdateInterval.Should().Be(1000u);
    }

    [Fact]
    public void A_job_heartbeats_status_json_matches_the_upstream_example()
    {
        HeartbeatCodec.Encode(ActiveJob(), Origin).StatusJson.Should().Be(
            "{\"status\":200,\"message\":{\"message_type\":\"job\",\"state\":\"active\",\"warning\":null,\"error\":null," +
            $"\"job_id\":{{\"source_name\":\"monitor1\",\"job_number\":\"{Uuid}\"}}," +
            "\"workflow_id\":\"dummy/monitor_histogram/1\",\"start_time\":1767225600000000000,\"end_time\":1767225601000000000}}");
    }

    [Fact]
    public void A_job_status_round_trips_through_x5f2()
    {
        var status = new JobStatus(Job, Workflow, JobState.Warning, "Accumulate failed: boom", null, null, null);

        RoundTrip(HeartbeatCodec.Encode(status, Origin)).Should().Be(status);
    }

    [Theory]
    [InlineData(JobState.Scheduled, "scheduled")]
    [InlineData(JobState.PendingContext, "pending_context")]
    [InlineData(JobState.Active, "active")]
    [InlineData(JobState.Warning, "warning")]
    [InlineData(JobState.Error, "error")]
    [InlineData(JobState.Finishing, "finishing")]
    [InlineData(JobState.Stopped, "stopped")]
    public void Every_job_state_round_trips_in_snake_case(JobState state, string wire)
    {
        var status = ActiveJob() with { State = state };
        var heartbeat = HeartbeatCodec.Encode(status, Origin);

        JsonDocument.Parse(heartbeat.StatusJson).RootElement.GetProperty("message").GetProperty("state").GetString().Should().Be(wire);
        RoundTrip(heartbeat).Should().Be(status);
    }

    [Theory]
    [InlineData(JobState.Active, 200)]
    [InlineData(JobState.Finishing, 200)]
    [InlineData(JobState.Scheduled, 235)]
    [InlineData(JobState.Warning, 210)]
    [InlineData(JobState.PendingContext, 210)]
    [InlineData(JobState.Error, 240)]
    [InlineData(JobState.Stopped, 999)]
    public void Job_states_map_to_nicos_status_codes(JobState state, int code)
    {
        StatusCodes.Of(state).Should().Be(code);
        var json = HeartbeatCodec.Encode(ActiveJob() with { State = state }, Origin).StatusJson;
        JsonDocument.Parse(json).RootElement.GetProperty("status").GetInt32().Should().Be(code);
    }

    [Theory]
    [InlineData(ServiceState.Starting, 235)]
    [InlineData(ServiceState.Running, 200)]
    [InlineData(ServiceState.Stopped, 235)]
    [InlineData(ServiceState.Error, 240)]
    public void Service_states_map_to_nicos_status_codes(ServiceState state, int code)
    {
        StatusCodes.Of(state).Should().Be(code);
        var json = HeartbeatCodec.Encode(RunningService(null) with { State = state }, Origin).StatusJson;
        JsonDocument.Parse(json).RootElement.GetProperty("status").GetInt32().Should().Be(code);
    }

    [Fact]
    public void A_service_heartbeat_uses_the_worker_key_as_service_id_and_a_2_s_interval()
    {
        var heartbeat = HeartbeatCodec.Encode(RunningService(null), Origin);

        heartbeat.ServiceId.Should().Be("dummy:monitor_data:7d1e0a4b-1111-4222-8333-944455566677");
        heartbeat.UpdateInterval.Should().Be(2000u);
        heartbeat.SoftwareName.Should().Be("livedata");
    }

    [Fact]
    public void A_service_heartbeat_carries_upstreams_fields_in_order()
    {
        var stats = new StreamStatistics(30.0, [new StreamCount("dummy_beam_monitor", "monitor1", "monitor1", 420)]);
        var message = JsonDocument.Parse(HeartbeatCodec.Encode(RunningService(stats), Origin).StatusJson).RootElement.GetProperty("message");

        message.EnumerateObject().Select(p => p.Name).Should().Equal(
            "message_type", "instrument", "service_name", "worker_id", "state", "started_at", "active_job_count", "error", "batch_interval_s", "stream_stats");
        message.GetProperty("message_type").GetString().Should().Be("service");
        message.GetProperty("state").GetString().Should().Be("running");
        message.GetProperty("batch_interval_s").GetDouble().Should().Be(1.0);
        var stream = message.GetProperty("stream_stats").GetProperty("streams")[0];
        stream.GetProperty("topic").GetString().Should().Be("dummy_beam_monitor");
        stream.GetProperty("count").GetInt64().Should().Be(420);
    }

    [Fact]
    public void A_service_status_with_stream_stats_round_trips()
    {
        var stats = new StreamStatistics(30.0,
        [
            new StreamCount("dummy_beam_monitor", "monitor1", "monitor1", 420),
            new StreamCount("dummy_beam_monitor", "", "<error>", 3),
        ]);
        var status = RunningService(stats) with { Error = "boom", ActiveJobCount = 2, BatchIntervalSeconds = 1.5 };

        RoundTrip(HeartbeatCodec.Encode(status, Origin)).Should().BeOfType<ServiceStatus>().Which.Should().BeEquivalentTo(status);
    }

    [Fact]
    public void A_running_service_with_a_warning_reports_warning_and_round_trips()
    {
        var status = RunningService(null) with { Warning = "19 records were skipped because the consumer fell behind" };
        var heartbeat = HeartbeatCodec.Encode(status, Origin);

        var root = JsonDocument.Parse(heartbeat.StatusJson).RootElement;
        root.GetProperty("status").GetInt32().Should().Be(StatusCodes.Warning);
        root.GetProperty("message").GetProperty("state").GetString().Should().Be("running", "upstream readers know no other state");
        RoundTrip(heartbeat).Should().BeOfType<ServiceStatus>().Which.Should().BeEquivalentTo(status);
    }

    [Fact]
    public void A_service_without_a_warning_writes_no_warning_field()
    {
        HeartbeatCodec.Encode(RunningService(null), Origin).StatusJson.Should().NotContain("warning");
    }

    [Fact]
    public void A_service_status_without_stream_stats_writes_null_and_reads_back_null()
    {
        var heartbeat = HeartbeatCodec.Encode(RunningService(null), Origin);

        heartbeat.StatusJson.Should().Contain("\"stream_stats\":null");
        RoundTrip(heartbeat).Should().BeOfType<ServiceStatus>().Which.StreamStats.Should().BeNull();
    }

    [Fact]
    public void A_heartbeat_without_message_type_is_read_as_a_job()
    {
        var json = $$$"""
            {"status":200,"message":{"state":"active","warning":null,"error":null,
             "job_id":{"source_name":"monitor1","job_number":"{{{Uuid}}}"},
             "workflow_id":"dummy/monitor_histogram/1","start_time":null,"end_time":null}}
            """;

        var decoded = HeartbeatCodec.Decode(new X5f2Status("livedata", "1", $"monitor1:{Uuid}", "h", 1, 1000, json));

        decoded.Should().Be(new JobStatus(Job, Workflow, JobState.Active, null, null, null, null));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"status":200}""")]
    [InlineData("""{"status":200,"message":{"message_type":"job","state":"active"}}""")]
    [InlineData("""{"status":200,"message":{"message_type":"job","state":"dancing","job_id":{"source_name":"m","job_number":"3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"},"workflow_id":"dummy/monitor_histogram/1"}}""")]
    [InlineData("""{"status":200,"message":{"message_type":"service","instrument":"dummy"}}""")]
    [InlineData("""{"status":200,"message":{"message_type":7}}""")]
    public void Unreadable_status_json_throws_JsonFormatException(string json)
    {
        var decode = () => HeartbeatCodec.Decode(new X5f2Status("livedata", "1", "id", "h", 1, 1000, json));

        decode.Should().Throw<JsonFormatException>().WithMessage("*'id'*");
    }
}
