using System.Text.Json;

namespace LiveData.Wire.X5f2;

/// <summary>JSON rendering of x5f2; status_json stays a string, as on the wire.</summary>
internal static class X5f2Json
{
    public static void Write(Utf8JsonWriter writer, X5f2Status status)
    {
        writer.WriteStartObject();
        writer.WriteString("schema", SchemaId.X5f2);
        writer.WriteString("software_name", status.SoftwareName);
        writer.WriteString("software_version", status.SoftwareVersion);
        writer.WriteString("service_id", status.ServiceId);
        writer.WriteString("host_name", status.HostName);
        writer.WriteNumber("process_id", status.ProcessId);
        writer.WriteNumber("update_interval", status.UpdateInterval);
        writer.WriteString("status_json", status.StatusJson);
        writer.WriteEndObject();
    }
}
