using LiveData.Protocol.Json;
using LiveData.Wire.X5f2;

namespace LiveData.Tests.Protocol;

/// <summary>Heartbeats <c>livedata-bench fuzz</c> found crashing the reader, kept byte for byte.</summary>
public sealed class HeartbeatFuzzFindingTests
{
    [Fact]
    public void A_service_heartbeat_whose_state_is_null_is_rejected_as_malformed()
    {
        // x5f2, run seed 20261124, message 4305: a duplicated "state" key set to null; the reader dereferenced it.
        var payload = Convert.FromBase64String(
            "HAAAAHg1ZjIAABIAIAAcABgAFAAQAAwACAAEABIAAABgAAAA0AcAACoAAABIAAAAKAAAABgAAAAEAAAACAAAAGxpdmVkYXRhAAAAAAUAAAAxLjAuMAAAABUAAABkdW1teTptb25pdG9yX2RhdGE6dzEAAAAEAAAAaG9zdAAAAAB6AQAAeyJzdGF0dXMiOjIwMCwibWVzc2FnZSI6eyJtZXNzYWdlX3R5cGUiOiJzZXJ2aWNlIiwiaW5zdHJ1bWVudCI6ImR1bW15Iiwic2VydmljZV9uYW1lIjoibW9uaXRvcl9kYXRhIiwid29ya2VyX2lkIjoidzEiLCJzdGF0ZSI6InJ1bm5pbmciLCJzdGF0ZSI6bnVsbCwic3RhcnRlZF9hdCI6MTcwMDAwMDAwMDAwMDAwMDAwMCwiYWN0aXZlX2pvYl9jb3VudCI6MSwiZXJyb3IiOm51bGwsImJhdGNoX2ludGVydmFsX3MiOjEuMCwic3RyZWFtX3N0YXRzIjp7IndpbmRvd19zZWNvbmRzIjozMC4wLCJzdHJlYW1zIjpbeyJ0b3BpYyI6ImR1bW15X2JlYW1fbW9uaXRvciIsInNvdXJjZV9uYW1lIjoibW9uaXRvcjEiLCJzdHJlYW0iOiJtb25pdG9yMSIsImNvdW50IjoxMH1dfX19AAA=");
        var heartbeat = X5f2Codec.Decode(payload);

        var read = () => HeartbeatCodec.Decode(heartbeat);

        read.Should().Throw<JsonFormatException>().WithMessage("*'message.state' must be a string*");
    }

    [Theory]
    [InlineData("\"7\"")]
    [InlineData("\"-1\"")]
    [InlineData("\"exploded\"")]
    public void A_job_state_that_is_not_a_state_name_is_rejected(string state)
    {
        var json = """{"status":200,"message":{"message_type":"job","state":""" + state
            + ""","job_id":{"source_name":"m","job_number":"5c7e2f4a-8b9c-4d0e-a1f2-3b4c5d6e7f80"},"workflow_id":"dummy/monitor_histogram/1"}}""";
        var heartbeat = new X5f2Status("livedata", "1", "m:5c7e2f4a-8b9c-4d0e-a1f2-3b4c5d6e7f80", "h", 1, 1000, json);

        var read = () => HeartbeatCodec.Decode(heartbeat);

        read.Should().Throw<JsonFormatException>().WithMessage("*is not a JobState*");
    }

    [Fact]
    public void A_stream_count_without_a_topic_string_is_rejected()
    {
        var json = """{"status":200,"message":{"message_type":"service","instrument":"dummy","service_name":"s","worker_id":"w","state":"running","started_at":1,"active_job_count":0,"error":null,"batch_interval_s":1.0,"stream_stats":{"window_seconds":30.0,"streams":[{"topic":null,"source_name":"a","stream":"b","count":1}]}}}""";

        var read = () => HeartbeatCodec.Decode(new X5f2Status("livedata", "1", "dummy:s:w", "h", 1, 2000, json));

        read.Should().Throw<JsonFormatException>().WithMessage("*stream_stats.streams.topic*");
    }
}
