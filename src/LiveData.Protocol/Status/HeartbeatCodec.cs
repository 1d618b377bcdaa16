using System.Text;
using System.Text.Json;
using LiveData.Core.Json;
using LiveData.Protocol.Json;
using LiveData.Wire.X5f2;

namespace LiveData.Protocol.Status;

/// <summary>Maps job and service statuses to and from x5f2 heartbeats (the status goes in <c>status_json</c>).</summary>
public static class HeartbeatCodec
{
    public const string SoftwareName = "livedata";
    public const uint JobUpdateIntervalMs = 1000;
    public const uint ServiceUpdateIntervalMs = 2000;

    public static X5f2Status Encode(JobStatus status, HeartbeatOrigin origin) =>
        Envelope(origin, $"{status.JobId.SourceName}:{status.JobId.JobNumber}", JobUpdateIntervalMs, StatusCodes.Of(status.State), "job", writer =>
        {
            writer.WriteString("state", Snake(status.State.ToString()));
            writer.WriteNullableString("warning", status.Warning);
            writer.WriteNullableString("error", status.Error);
            writer.WritePropertyName("job_id");
            IdentityJson.WriteJobId(writer, status.JobId);
            writer.WriteString("workflow_id", status.WorkflowId.ToString());
            writer.WriteNullableNumber("start_time", status.StartTime);
            writer.WriteNullableNumber("end_time", status.EndTime);
        });

    public static X5f2Status Encode(ServiceStatus status, HeartbeatOrigin origin) =>
        Envelope(origin, status.WorkerKey, ServiceUpdateIntervalMs, StatusCodes.Of(status), "service", writer =>
        {
            writer.WriteString("instrument", status.Instrument);
            writer.WriteString("service_name", status.ServiceName);
            writer.WriteString("worker_id", status.WorkerId);
            writer.WriteString("state", Snake(status.State.ToString()));
            writer.WriteNumber("started_at", status.StartedAt);
            writer.WriteNumber("active_job_count", status.ActiveJobCount);
            writer.WriteNullableString("error", status.Error);
            writer.WritePythonFloat("batch_interval_s", status.BatchIntervalSeconds);
            writer.WritePropertyName("stream_stats");
            WriteStreamStats(writer, status.StreamStats);
            // Upstream's service heartbeat has no warning: it is added only when set, so a healthy heartbeat is upstream's exactly.
            if (status.Warning is not null)
            {
                writer.WriteString("warning", status.Warning);
            }
        });

    // Both heartbeat kinds share the envelope: {"status": code, "message": {"message_type": kind, ...}}.
    private static X5f2Status Envelope(HeartbeatOrigin origin, string serviceId, uint intervalMs, int code, string kind, Action<Utf8JsonWriter> writeMessage) => new(
        SoftwareName,
        origin.SoftwareVersion,
        serviceId,
        origin.HostName,
        origin.ProcessId,
        intervalMs,
        Encoding.UTF8.GetString(IdentityJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("status", code);
            writer.WriteStartObject("message");
            writer.WriteString("message_type", kind);
            writeMessage(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        })));

    /// <summary>Reads a heartbeat; a missing message_type means a job heartbeat, as upstream assumes.</summary>
    /// <exception cref="JsonFormatException">status_json is not a heartbeat.</exception>
    public static object Decode(X5f2Status heartbeat) =>
        JsonShape.Read($"heartbeat from '{heartbeat.ServiceId}' has unreadable status_json", Encoding.UTF8.GetBytes(heartbeat.StatusJson), root =>
        {
            var message = root.GetProperty("message");
            var type = message.TryGetProperty("message_type", out var t) ? t.GetString() : "job";
            return type == "service" ? (object)ReadService(message) : ReadJob(message);
        });

    private static JobStatus ReadJob(JsonElement message) => new(
        IdentityJson.ReadJobId(message.GetProperty("job_id"), "job_id"),
        IdentityJson.ReadWorkflowId(message.GetProperty("workflow_id"), "workflow_id"),
        ParseEnum<JobState>(IdentityJson.RequiredString(message, "state", "message")),
        message.OptionalString("warning"),
        message.OptionalString("error"),
        message.OptionalInt64("start_time"),
        message.OptionalInt64("end_time"));

    private static ServiceStatus ReadService(JsonElement message) => new(
        IdentityJson.RequiredString(message, "instrument", "message"),
        IdentityJson.RequiredString(message, "service_name", "message"),
        IdentityJson.RequiredString(message, "worker_id", "message"),
        ParseEnum<ServiceState>(IdentityJson.RequiredString(message, "state", "message")),
        message.GetProperty("started_at").GetInt64(),
        message.GetProperty("active_job_count").GetInt32(),
        message.OptionalString("error"),
        message.GetProperty("batch_interval_s").GetDouble(),
        ReadStreamStats(message),
        message.OptionalString("warning"));

    private static StreamStatistics? ReadStreamStats(JsonElement message)
    {
        if (!message.TryGetProperty("stream_stats", out var stats) || stats.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        const string Parent = "stream_stats.streams";
        var streams = stats.GetProperty("streams").EnumerateArray().Select(s => new StreamCount(
            IdentityJson.RequiredString(s, "topic", Parent),
            IdentityJson.RequiredString(s, "source_name", Parent),
            IdentityJson.RequiredString(s, "stream", Parent),
            s.GetProperty("count").GetInt64()));
        return new StreamStatistics(stats.GetProperty("window_seconds").GetDouble(), [.. streams]);
    }

    private static void WriteStreamStats(Utf8JsonWriter writer, StreamStatistics? stats)
    {
        if (stats is null)
        {
            writer.WriteNullValue();
            return;
        }
        writer.WriteStartObject();
        writer.WritePythonFloat("window_seconds", stats.WindowSeconds);
        writer.WriteStartArray("streams");
        foreach (var stream in stats.Streams)
        {
            writer.WriteStartObject();
            writer.WriteString("topic", stream.Topic);
            writer.WriteString("source_name", stream.SourceName);
            writer.WriteString("stream", stream.Stream);
            writer.WriteNumber("count", stream.Count);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>A snake_case state name; numbers are refused, since <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> would take them as any value.</summary>
    private static T ParseEnum<T>(string snake) where T : struct, Enum =>
        snake.All(c => char.IsAsciiLetter(c) || c == '_') && Enum.TryParse<T>(snake.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var value)
            ? value
            : throw IdentityJson.Invalid("message.state", $"'{snake}' is not a {typeof(T).Name}");

    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? $"_{char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString()));
}

/// <summary>Who sends a heartbeat: fills the x5f2 envelope fields.</summary>
public sealed record HeartbeatOrigin(string SoftwareVersion, string HostName, uint ProcessId)
{
    public static HeartbeatOrigin OfThisProcess() => new(
        typeof(HeartbeatOrigin).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
        Environment.MachineName,
        (uint)Environment.ProcessId);
}
