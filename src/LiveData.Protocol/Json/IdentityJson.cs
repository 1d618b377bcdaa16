using System.Text.Json;
using LiveData.Core.Identity;

namespace LiveData.Protocol.Json;

/// <summary>Reads and writes the identity objects every JSON message shares, in upstream's field order.</summary>
internal static class IdentityJson
{
    public static void WriteWorkflowId(Utf8JsonWriter writer, WorkflowId id)
    {
        writer.WriteStartObject();
        writer.WriteString("instrument", id.Instrument);
        writer.WriteString("name", id.Name);
        writer.WriteNumber("version", id.Version);
        writer.WriteEndObject();
    }

    public static void WriteJobId(Utf8JsonWriter writer, JobId id)
    {
        writer.WriteStartObject();
        writer.WriteString("source_name", id.SourceName);
        writer.WriteString("job_number", id.JobNumber.ToString());
        writer.WriteEndObject();
    }

    /// <summary>Accepts the object form and the string form <c>instrument/name/version</c>.</summary>
    public static WorkflowId ReadWorkflowId(JsonElement element, string field) => element.ValueKind switch
    {
        JsonValueKind.String => WorkflowId.TryParse(element.GetString(), out var id) ? id : throw Invalid(field, "is not instrument/name/version"),
        JsonValueKind.Object => new WorkflowId(
            RequiredString(element, "instrument", field),
            RequiredString(element, "name", field),
            element.TryGetProperty("version", out var v) && v.TryGetInt32(out var version) ? version : throw Invalid($"{field}.version", "must be an integer")),
        _ => throw Invalid(field, "must be an object or a string"),
    };

    public static JobId ReadJobId(JsonElement element, string field)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(field, "must be an object");
        }
        var jobNumber = RequiredString(element, "job_number", field);
        return Guid.TryParse(jobNumber, out var guid)
            ? new JobId(RequiredString(element, "source_name", field), new JobNumber(guid))
            : throw Invalid($"{field}.job_number", "must be a UUID");
    }

    public static string RequiredString(JsonElement element, string name, string parent) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw Invalid(parent.Length == 0 ? name : $"{parent}.{name}", "must be a string");

    public static JsonFormatException Invalid(string field, string problem) => new($"'{field}' {problem}");

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }
        return buffer.WrittenSpan.ToArray();
    }
}
