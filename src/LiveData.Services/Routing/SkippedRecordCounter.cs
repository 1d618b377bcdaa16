using LiveData.Messaging.Kafka;
using Microsoft.Extensions.Logging;

namespace LiveData.Services.Routing;

/// <summary>Counts and logs records the service never received (offset gaps), so a consumer that fell behind never loses data silently.</summary>
public sealed class SkippedRecordCounter(StreamStatisticsCollector statistics, ILogger logger)
{
    private readonly OffsetGapDetector _gaps = new();

    public void Observe(KafkaRecord record)
    {
        var skipped = _gaps.Observe(record.Topic, record.Partition, record.Offset);
        if (skipped > 0)
        {
            statistics.RecordSkipped(record.Topic, skipped);
            logger.LogWarning("Skipped {Count} records of {Topic} partition {Partition} before offset {Offset}: the consumer fell behind",
                skipped, record.Topic, record.Partition, record.Offset);
        }
    }
}
