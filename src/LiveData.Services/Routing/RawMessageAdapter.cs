using LiveData.Messaging;
using LiveData.Messaging.Kafka;
using LiveData.Protocol.Commands;
using LiveData.Protocol.Json;
using LiveData.Wire;
using Microsoft.Extensions.Logging;

namespace LiveData.Services.Routing;

/// <summary>
/// Decodes each raw record in isolation: commands by JSON, raw data by the flatbuffer file identifier,
/// then routes by (topic, source_name). A record that cannot be decoded is logged, counted and dropped;
/// it never stops the service.
/// </summary>
public sealed class RawMessageAdapter(InstrumentTopics topics, StreamRoutes routes, StreamStatisticsCollector statistics, ILogger<RawMessageAdapter> logger)
{
    public AdaptedMessage? Adapt(KafkaRecord record)
    {
        try
        {
            return record.Topic == topics.Commands ? AdaptCommand(record) : AdaptData(record);
        }
        catch (Exception e) when (e is WireFormatException or JsonFormatException)
        {
            statistics.Record(record.Topic, "", StreamStatisticsCollector.ErrorStream);
            logger.LogWarning("Dropped malformed message from {Topic} at offset {Offset} ({Bytes} bytes): {Problem}",
                record.Topic, record.Offset, record.Value.Length, e.Message);
            return null;
        }
    }

    private static CommandMessage AdaptCommand(KafkaRecord record) => new(CommandJson.Parse(record.Value));

    private StreamMessage? AdaptData(KafkaRecord record)
    {
        var schema = SchemaId.Identify(record.Value);
        if (record.Topic == topics.BeamMonitor && schema == SchemaId.Ev44)
        {
            return AdaptEv44(record);
        }
        if (record.Topic == topics.BeamMonitor && schema == SchemaId.Da00)
        {
            return AdaptMonitorHistogram(record);
        }
        throw new WireFormatException(schema is null
            ? $"payload of {record.Value.Length} bytes has no flatbuffer schema id"
            : $"Unexpected schema '{schema}' on topic {record.Topic}");
    }

    private EventMessage? AdaptEv44(KafkaRecord record)
    {
        var events = Ev44View.Read(record.Value);
        if (!events.HasReferenceTime || !events.HasTimeOfFlight)
        {
            throw new WireFormatException($"ev44 from '{events.SourceName}' has no event vectors");
        }
        var source = events.SourceName;
        var stream = routes.Resolve(record.Topic, source);
        statistics.Record(record.Topic, source, stream ?? StreamStatisticsCollector.UnmappedStream);
        if (stream is null)
        {
            return null;
        }
        // Data time is the last pulse in the message; without pulses fall back to the broker timestamp.
        var timestamp = events.ReferenceTime.Length > 0 ? events.ReferenceTime[^1] : record.TimestampMs * 1_000_000;
        return new EventMessage(stream, timestamp, record.Value);
    }

    private HistogramMessage? AdaptMonitorHistogram(KafkaRecord record)
    {
        var histogram = Da00Codec.Decode(record.Value);
        var stream = routes.Resolve(record.Topic, histogram.SourceName);
        statistics.Record(record.Topic, histogram.SourceName, stream ?? StreamStatisticsCollector.UnmappedStream);
        return stream is null ? null : new HistogramMessage(stream, MonitorHistogramDa00.Timestamp(histogram), MonitorHistogramDa00.Counts(histogram));
    }
}
