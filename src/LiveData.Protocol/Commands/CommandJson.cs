using System.Text.Json;
using LiveData.Core.Identity;
using LiveData.Protocol.Json;

namespace LiveData.Protocol.Commands;

/// <summary>Serialises commands exactly as upstream's pydantic models do (compact, same field order) and parses them back.</summary>
public static class CommandJson
{
    public static byte[] Serialize(Command command) => IdentityJson.Write(writer =>
    {
        switch (command)
        {
            case WorkflowConfig config:
                WriteWorkflowConfig(writer, config);
                break;
            case JobCommand jobCommand:
                WriteJobCommand(writer, jobCommand);
                break;
            default:
                throw new ArgumentException($"unknown command type {command.GetType().Name}");
        }
    });

    /// <exception cref="JsonFormatException">the payload is not a valid command.</exception>
    public static Command Parse(ReadOnlySpan<byte> payload) => JsonShape.Read("invalid command", payload, root =>
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonFormatException("command must be a JSON object");
        }
        var kind = root.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
        return kind switch
        {
            "workflow_config" => (Command)ReadWorkflowConfig(root),
            "job_command" => ReadJobCommand(root),
            _ => throw new JsonFormatException($"unknown command kind '{kind}' (expected workflow_config or job_command)"),
        };
    });

    private static void WriteWorkflowConfig(Utf8JsonWriter writer, WorkflowConfig config)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "workflow_config");
        writer.WritePropertyName("identifier");
        IdentityJson.WriteWorkflowId(writer, config.Identifier);
        writer.WriteString("message_id", config.MessageId);
        writer.WritePropertyName("job_id");
        IdentityJson.WriteJobId(writer, config.JobId);
        writer.WriteStartObject("schedule");
        writer.WriteNullableNumber("start_time", config.Schedule.StartTime);
        writer.WriteNullableNumber("end_time", config.Schedule.EndTime);
        writer.WriteEndObject();
        writer.WriteStartObject("aux_source_names");
        foreach (var (role, source) in config.AuxSourceNames)
        {
            writer.WriteString(role, source);
        }
        writer.WriteEndObject();
        writer.WritePropertyName("params");
        config.Params.WriteTo(writer);
        writer.WriteEndObject();
    }

    private static void WriteJobCommand(Utf8JsonWriter writer, JobCommand command)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "job_command");
        writer.WriteString("message_id", command.MessageId);
        writer.WritePropertyName("job_id");
        if (command.JobId is { } jobId)
        {
            IdentityJson.WriteJobId(writer, jobId);
        }
        else
        {
            writer.WriteNullValue();
        }
        writer.WritePropertyName("workflow_id");
        if (command.WorkflowId is { } workflowId)
        {
            IdentityJson.WriteWorkflowId(writer, workflowId);
        }
        else
        {
            writer.WriteNullValue();
        }
        writer.WriteString("action", command.Action.ToString().ToLowerInvariant());
        writer.WriteEndObject();
    }

    private static WorkflowConfig ReadWorkflowConfig(JsonElement root)
    {
        var identifier = IdentityJson.ReadWorkflowId(Required(root, "identifier"), "identifier");
        var jobId = IdentityJson.ReadJobId(Required(root, "job_id"), "job_id");
        var schedule = JobSchedule.Unbounded;
        if (root.TryGetProperty("schedule", out var s) && s.ValueKind == JsonValueKind.Object)
        {
            schedule = new JobSchedule(s.OptionalInt64("start_time"), s.OptionalInt64("end_time"));
        }
        var aux = new Dictionary<string, string>();
        if (root.TryGetProperty("aux_source_names", out var a) && a.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in a.EnumerateObject())
            {
                aux[property.Name] = property.Value.GetString() ?? throw IdentityJson.Invalid($"aux_source_names.{property.Name}", "must be a string");
            }
        }
        var parameters = root.TryGetProperty("params", out var p) ? p.Clone() : JsonSerializer.SerializeToElement(new { });
        return new WorkflowConfig(identifier, MessageIdOf(root), jobId, schedule, aux, parameters);
    }

    private static JobCommand ReadJobCommand(JsonElement root)
    {
        var jobId = root.TryGetProperty("job_id", out var j) && j.ValueKind != JsonValueKind.Null ? IdentityJson.ReadJobId(j, "job_id") : (JobId?)null;
        var workflowId = root.TryGetProperty("workflow_id", out var w) && w.ValueKind != JsonValueKind.Null
            ? IdentityJson.ReadWorkflowId(w, "workflow_id")
            : (WorkflowId?)null;
        var actionText = IdentityJson.RequiredString(root, "action", "");
        return Enum.TryParse<JobAction>(actionText, ignoreCase: true, out var action) && actionText.All(char.IsLower)
            ? new JobCommand(MessageIdOf(root), jobId, workflowId, action)
            : throw IdentityJson.Invalid("action", "must be one of pause, resume, reset, stop");
    }

    // message_id is optional on input; upstream generates one when absent.
    private static string MessageIdOf(JsonElement root) =>
        root.TryGetProperty("message_id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : Guid.NewGuid().ToString();

    private static JsonElement Required(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value : throw IdentityJson.Invalid(name, "is required");


}
