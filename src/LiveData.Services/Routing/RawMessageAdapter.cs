using LiveData.Messaging.Kafka;
using LiveData.Messaging.Topics;
using LiveData.Protocol.Commands;
using LiveData.Protocol.Json;
using LiveData.Wire;
using LiveData.Wire.Ad00;
using LiveData.Wire.Da00;
using LiveData.Wire.Ev44;
using LiveData.Wire.F144;
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

    private AdaptedMessage? AdaptData(KafkaRecord record)
    {
        var schema = SchemaId.Identify(record.Value);
        if (record.Topic == topics.Roi && schema == SchemaId.Da00)
        {
            return AdaptRoi(record);
        }
        return (routes.KindOf(record.Topic), schema) switch
        {
            (RawTopicKind.Monitor or RawTopicKind.Detector, SchemaId.Ev44) => AdaptEv44(record),
            (RawTopicKind.Monitor, SchemaId.Da00) => AdaptMonitorHistogram(record),
            (RawTopicKind.AreaDetector, SchemaId.Ad00) => AdaptImage(record),
            (RawTopicKind.Log, SchemaId.F144) => AdaptLog(record),
            // Alarms and connection status share the log topics; upstream drops them on purpose.
            (RawTopicKind.Log, SchemaId.Al00 or SchemaId.Ep01) => null,
            _ => throw new WireFormatException(schema is null
                ? $"payload of {record.Value.Length} bytes has no flatbuffer schema id"
                : $"Unexpected schema '{schema}' on topic {record.Topic}"),
        };
    }

    private RoiMessage AdaptRoi(KafkaRecord record)
    {
        var message = Da00Codec.Decode(record.Value);
        statistics.Record(record.Topic, message.SourceName, message.SourceName);
        return RoiDa00Reader.Read(message);
    }

    private LogMessage? AdaptLog(KafkaRecord record)
    {
        var log = F144Codec.Decode(record.Value);
        var stream = Routed(record, log.SourceName);
        if (stream is null)
        {
            return null;
        }
        var values = log.Value.ToDoubles();
        return !log.Value.IsArray && values.Length == 1
            ? new LogMessage(stream, log.Timestamp, values[0])
            : throw new WireFormatException($"f144 '{log.SourceName}' holds an array of {values.Length} values; logs must be scalars");
    }

    private ImageMessage? AdaptImage(KafkaRecord record)
    {
        var image = Ad00Codec.Decode(record.Value);
        return Routed(record, image.SourceName) is { } stream ? new ImageMessage(stream, image.Timestamp, image) : null;
    }

    private string? Routed(KafkaRecord record, string source)
    {
        var stream = routes.Resolve(record.Topic, source);
        statistics.Record(record.Topic, source, stream ?? StreamStatisticsCollector.UnmappedStream);
        return stream;
    }

    private EventMessage? AdaptEv44(KafkaRecord record)
    {
        var events = Ev44View.Read(record.Value);
        if (!events.HasReferenceTime || !events.HasTimeOfFlight)
        {
            throw new WireFormatException($"ev44 from '{events.SourceName}' has no event vectors");
        }
        var stream = Routed(record, events.SourceName);
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
        var stream = Routed(record, histogram.SourceName);
        return stream is null ? null : new HistogramMessage(stream, MonitorHistogramDa00.Timestamp(histogram), MonitorHistogramDa00.Counts(histogram));
    }
}
