using System.Text;
using LiveData.Core.Identity;
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

    public static ResultKey Parse(string json) => JsonShape.Read($"not a result key: {json}", Encoding.UTF8.GetBytes(json), root => new ResultKey(
        IdentityJson.ReadWorkflowId(root.GetProperty("workflow_id"), "workflow_id"),
        IdentityJson.ReadJobId(root.GetProperty("job_id"), "job_id"),
        root.OptionalString("output_name") ?? "result"));
}
