using LiveData.Dashboard.Commands;
using LiveData.Dashboard.Data;
using LiveData.Dashboard.Jobs;
using LiveData.Instruments;
using LiveData.Messaging.Kafka;
using LiveData.Messaging.Topics;
using LiveData.Protocol.Acknowledgements;
using LiveData.Protocol.Json;
using LiveData.Protocol.Results;
using LiveData.Protocol.Status;
using LiveData.Wire;
using LiveData.Wire.Da00;
using LiveData.Wire.X5f2;
using Microsoft.Extensions.Logging;

namespace LiveData.Dashboard.Transport;

/// <summary>
/// Moves what the backend services publish into the dashboard's state: heartbeats to the job and service
/// registries, acknowledgements to the pending-command tracker, results to the data service (current
/// generation only). A message that cannot be read is logged and skipped.
/// </summary>
internal sealed class MessagePump(
    IRecordSource consumer,
    InstrumentTopics topics,
    Instrument instrument,
    DataService data,
    JobService jobs,
    ServiceRegistry services,
    ActiveJobRegistry generations,
    PendingCommandTracker pending,
    ILogger<MessagePump> logger,
    Action<JobStatus>? observeJob = null)
{
    public const int MaxMessagesPerUpdate = 100;
    private readonly Lock _gate = new();
    private readonly OffsetGapDetector _resultGaps = new();
    private long _skippedResults;

    public long MalformedCount { get; private set; }

    /// <summary>
    /// Results the dashboard never saw: offsets of the results topic it skipped, because the broker had deleted them
    /// (retention) before they were fetched. Read from any thread.
    /// </summary>
    public long SkippedResults => Interlocked.Read(ref _skippedResults);

    /// <summary>Handles up to <see cref="MaxMessagesPerUpdate"/> waiting messages; false if there were none.</summary>
    public bool Update()
    {
        lock (_gate)
        {
            var handled = 0;
            while (handled < MaxMessagesPerUpdate && consumer.TryRead(out var record))
            {
                handled++;
                try
                {
                    Handle(record);
                }
                catch (Exception e) when (e is WireFormatException or JsonFormatException)
                {
                    MalformedCount++;
                    logger.LogWarning("Skipped unreadable message from {Topic} at offset {Offset}: {Problem}", record.Topic, record.Offset, e.Message);
                }
            }
            return handled > 0;
        }
    }

    private void Handle(KafkaRecord record)
    {
        if (record.Topic == topics.Data)
        {
            CountSkippedResults(record);
            HandleResult(Da00Codec.Decode(record.Value));
        }
        else if (record.Topic == topics.Heartbeat)
        {
            HandleHeartbeat(HeartbeatCodec.Decode(X5f2Codec.Decode(record.Value)));
        }
        else if (record.Topic == topics.Responses)
        {
            pending.Process(CommandAcknowledgement.Parse(record.Value));
        }
    }

    private void CountSkippedResults(KafkaRecord record)
    {
        var skipped = _resultGaps.Observe(record.Topic, record.Partition, record.Offset);
        if (skipped > 0)
        {
            Interlocked.Add(ref _skippedResults, skipped);
            logger.LogWarning("Never received {Count} results of {Topic} partition {Partition} before offset {Offset}: the broker deleted them before the dashboard fetched them",
                skipped, record.Topic, record.Partition, record.Offset);
        }
    }

    private void HandleResult(Da00DataArray message)
    {
        var key = ResultKeyJson.Parse(message.SourceName);
        if (generations.Admit(key.WorkflowId, key.JobId.JobNumber))
        {
            data.Set(key.DataKey, DataArrayDa00.FromDa00(message), key.JobId.JobNumber);
        }
    }

    private void HandleHeartbeat(object status)
    {
        switch (status)
        {
            case JobStatus job when instrument.FindWorkflow(job.WorkflowId) is not null:
                jobs.Record(job);
                observeJob?.Invoke(job);
                break;
            case ServiceStatus service:
                services.Record(service);
                break;
        }
    }
}
