using LiveData.Messaging.Kafka;
using LiveData.Services.Batching;
using LiveData.Services.Jobs;
using LiveData.Services.Publishing;
using LiveData.Services.Routing;
using Microsoft.Extensions.Logging;

namespace LiveData.Services.Backend;

/// <summary>
/// One pass of the service loop: drain, note skipped records, adapt, merge device logs, apply commands first,
/// batch, process, publish. Configs for sources another worker hosts are left to that worker.
/// </summary>
public sealed class ServiceCycle(
    RawMessageAdapter adapter, SkippedRecordCounter skipped, JobManager jobs, IMessageBatcher batcher, ServiceOutbox outbox, ILogger logger,
    HostedSources? hosted = null, DeviceSynthesizer? devices = null)
{
    private readonly HostedSources _hosted = hosted ?? HostedSources.All;
    private readonly DeviceSynthesizer _devices = devices ?? new DeviceSynthesizer([]);
    private readonly List<StreamMessage> _data = [];

    /// <summary>Returns whether anything was consumed.</summary>
    public bool Run(IRecordSource consumer, int maxRecords)
    {
        _data.Clear();
        var consumed = 0;
        while (consumed < maxRecords && consumer.TryRead(out var record))
        {
            consumed++;
            skipped.Observe(record);
            switch (adapter.Adapt(record))
            {
                case CommandMessage command:
                    HandleCommand(command);
                    break;
                case RoiMessage rois:
                    jobs.ApplyRois(rois);
                    break;
                case StreamMessage data:
                    // A device's logs come out as device samples, and not at all until each has been seen once.
                    if (_devices.Merge(data) is { } merged)
                    {
                        _data.Add(merged);
                    }
                    break;
            }
        }
        foreach (var message in _data)
        {
            foreach (var batch in batcher.Add(message))
            {
                Process(batch);
            }
        }
        if (batcher.CloseIfStalled() is { } stalled)
        {
            Process(stalled);
        }
        return consumed > 0;
    }

    private void HandleCommand(CommandMessage message)
    {
        if (!_hosted.Accepts(message.Command))
        {
            return;
        }
        if (jobs.Handle(message.Command).Acknowledgement is { } ack)
        {
            outbox.Publish(ack);
            logger.LogInformation("{Response} {MessageId} for {Device}: {Message}", ack.Response, ack.MessageId, ack.Device, ack.Message);
        }
    }

    private void Process(MessageBatch batch)
    {
        foreach (var result in jobs.Process(batch))
        {
            outbox.Publish(result);
        }
    }
}
