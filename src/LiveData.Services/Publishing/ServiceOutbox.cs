using LiveData.Instruments;
using LiveData.Messaging.Kafka;
using LiveData.Messaging.Topics;
using LiveData.Protocol.Acknowledgements;
using LiveData.Protocol.Results;
using LiveData.Protocol.Status;
using LiveData.Services.Jobs;
using LiveData.Wire.Da00;
using LiveData.Wire.X5f2;

namespace LiveData.Services.Publishing;

/// <summary>
/// Everything a backend service sends: results (da00), acknowledgements (JSON), heartbeats (x5f2) and the
/// results NICOS reads as devices, again under their device names on the NICOS topic.
/// </summary>
public sealed class ServiceOutbox(IMessageSink publisher, InstrumentTopics topics, HeartbeatOrigin origin, IReadOnlyList<NicosDevice>? devices = null)
{
    public long ResultsPublished { get; private set; }

    public void Publish(JobResult result)
    {
        var message = DataArrayDa00.ToDa00(ResultKeyJson.Format(result.Key), result.Timestamp, result.Value);
        publisher.Publish(topics.Data, Da00Codec.Encode(message));
        ResultsPublished++;
        foreach (var device in devices ?? [])
        {
            if (device.WorkflowId == result.Key.WorkflowId && device.SourceName == result.Key.JobId.SourceName && device.OutputName == result.Key.OutputName)
            {
                PublishDevice(device.DeviceName, result);
            }
        }
    }

    // NICOS reads the observation time as end_time; start_time rides along so it can tell a reset from a low reading.
    private void PublishDevice(string deviceName, JobResult result)
    {
        var value = result.Value.Coord("time") is { } time ? result.Value.WithCoord("end_time", time) : result.Value;
        publisher.Publish(topics.NicosData, Da00Codec.Encode(DataArrayDa00.ToDa00(deviceName, result.Timestamp, value)));
    }

    public void Publish(CommandAcknowledgement acknowledgement) => publisher.Publish(topics.Responses, acknowledgement.ToJson());

    public void Publish(JobStatus status) => publisher.Publish(topics.Heartbeat, X5f2Codec.Encode(HeartbeatCodec.Encode(status, origin)));

    public void Publish(ServiceStatus status) => publisher.Publish(topics.Heartbeat, X5f2Codec.Encode(HeartbeatCodec.Encode(status, origin)));
}
