using System.Text;
using LiveData.Protocol.Acknowledgements;
using LiveData.Protocol.Results;
using LiveData.Services.Jobs;
using LiveData.Services.Publishing;
using LiveData.Wire.Da00;
using LiveData.Wire.X5f2;

namespace LiveData.Tests.Services;

public sealed class ServiceOutboxTests
{
    private static readonly HeartbeatOrigin Origin = new("1.0.0", "host", 7);
    private readonly RecordingSink _sink = new();
    private readonly ServiceOutbox _outbox;

    public ServiceOutboxTests() => _outbox = new ServiceOutbox(_sink, InstrumentTopics.For("dummy"), Origin);

    [Fact]
    public void A_result_goes_to_the_data_topic_as_da00_keyed_by_the_result_key_json()
    {
        var key = new ResultKey(new WorkflowId("dummy", "monitor_histogram", 1), new JobId("monitor1", JobNumber.New()), "counts_total");
        var value = new DataArray("Total", Variable.Doubles([], [], "counts", [12], [12]), [new("time", Variable.Scalar(9L, "ns"))]);

        _outbox.Publish(new JobResult(key, 1234, value));

        var (topic, payload) = _sink.Messages.Should().ContainSingle().Subject;
        topic.Should().Be("dummy_livedata_data");
        var message = Da00Codec.Decode(payload);
        message.SourceName.Should().Be(ResultKeyJson.Format(key));
        message.Timestamp.Should().Be(1234);
        DataArrayDa00.FromDa00(message).Data.DoubleValues[0].Should().Be(12);
        _outbox.ResultsPublished.Should().Be(1);
    }

    [Fact]
    public void An_acknowledgement_goes_to_the_responses_topic_as_json()
    {
        var ack = CommandAcknowledgement.Ack("m", "monitor1");

        _outbox.Publish(ack);

        _sink.Messages.Should().ContainSingle().Which.Topic.Should().Be("dummy_livedata_responses");
        Encoding.UTF8.GetString(_sink.Messages[0].Value).Should().Be("""{"message_id":"m","device":"monitor1","response":"ACK","message":null}""");
        _outbox.ResultsPublished.Should().Be(0);
    }

    [Fact]
    public void Job_and_service_heartbeats_go_to_the_heartbeat_topic_as_x5f2()
    {
        var job = new JobStatus(new JobId("monitor1", JobNumber.New()), new WorkflowId("dummy", "monitor_histogram", 1), JobState.Active, null, null, 1, 2);
        var service = new ServiceStatus("dummy", "monitor_data", "w", ServiceState.Running, 5, 1, null, 1.0, null);

        _outbox.Publish(job);
        _outbox.Publish(service);

        _sink.Messages.Select(m => m.Topic).Should().Equal("dummy_livedata_heartbeat", "dummy_livedata_heartbeat");
        HeartbeatCodec.Decode(X5f2Codec.Decode(_sink.Messages[0].Value)).Should().Be(job);
        var heartbeat = X5f2Codec.Decode(_sink.Messages[1].Value);
        heartbeat.HostName.Should().Be("host");
        HeartbeatCodec.Decode(heartbeat).Should().BeOfType<ServiceStatus>().Which.WorkerKey.Should().Be("dummy:monitor_data:w");
    }
}
