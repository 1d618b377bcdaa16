using LiveData.Messaging;
using LiveData.Messaging.Kafka;
using LiveData.Protocol.Acknowledgements;
using LiveData.Protocol.Results;
using LiveData.Protocol.Status;
using LiveData.Services.Jobs;
using LiveData.Wire;

namespace LiveData.Services.Publishing;

/// <summary>Everything a backend service sends: results (da00), acknowledgements (JSON) and heartbeats (x5f2).</summary>
public sealed class ServiceOutbox(IMessageSink publisher, InstrumentTopics topics, HeartbeatOrigin origin)
{
    public long ResultsPublished { get; private set; }

    public void Publish(JobResult result)
    {
        var message = DataArrayDa00.ToDa00(ResultKeyJson.Format(result.Key), result.Timestamp, result.Value);
        publisher.Publish(topics.Data, Da00Codec.Encode(message));
        ResultsPublished++;
    }

    public void Publish(CommandAcknowledgement acknowledgement) => publisher.Publish(topics.Responses, acknowledgement.ToJson());

    public void Publish(JobStatus status) => publisher.Publish(topics.Heartbeat, X5f2Codec.Encode(HeartbeatCodec.Encode(status, origin)));

    public void Publish(ServiceStatus status) => publisher.Publish(topics.Heartbeat, X5f2Codec.Encode(HeartbeatCodec.Encode(status, origin)));
}
