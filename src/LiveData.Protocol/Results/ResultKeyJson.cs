using System.Text;
using System.Text.Json;
using LiveData.Identity;
using LiveData.Protocol.Json;

namespace LiveData.Protocol.Results;

/// <summary>The compact JSON a result's da00 <c>source_name</c> carries.</summary>
public static class ResultKeyJson
{
    public static string Format(ResultKey key) => Encoding.UTF8.GetString(IdentityJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("workflow_id");
        IdentityJson.WriteWorkflowId(writer, key.WorkflowId);
        writer.WritePropertyName("job_id");
        IdentityJson.WriteJobId(writer, key.JobId);
        writer.WriteString("output_name", key.OutputName);
        writer.WriteEndObject();
    }));

    public static ResultKey Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return new ResultKey(
                IdentityJson.ReadWorkflowId(root.GetProperty("workflow_id"), "workflow_id"),
                IdentityJson.ReadJobId(root.GetProperty("job_id"), "job_id"),
                root.TryGetProperty("output_name", out var output) && output.ValueKind == JsonValueKind.String ? output.GetString()! : "result");
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new JsonFormatException($"not a result key: {json}", e);
        }
    }
}
