using Google.FlatBuffers;
using LiveData.Wire.FlatBuffers;

namespace LiveData.Wire.X5f2;

/// <summary>Encodes and decodes x5f2 status messages.</summary>
public static class X5f2Codec
{
    public static byte[] Encode(X5f2Status status)
    {
        var builder = new FlatBufferBuilder(256 + 4 * status.StatusJson.Length) { ForceDefaults = true };
        var statusJson = builder.CreateString(status.StatusJson);
        var hostName = builder.CreateString(status.HostName);
        var serviceId = builder.CreateString(status.ServiceId);
        var softwareVersion = builder.CreateString(status.SoftwareVersion);
        var softwareName = builder.CreateString(status.SoftwareName);
        builder.StartTable(X5f2Layout.FieldCount);
        builder.AddOffset(X5f2Layout.SoftwareName, softwareName.Value, 0);
        builder.AddOffset(X5f2Layout.SoftwareVersion, softwareVersion.Value, 0);
        builder.AddOffset(X5f2Layout.ServiceId, serviceId.Value, 0);
        builder.AddOffset(X5f2Layout.HostName, hostName.Value, 0);
        builder.AddUint(X5f2Layout.ProcessId, status.ProcessId, 0);
        builder.AddUint(X5f2Layout.UpdateInterval, status.UpdateInterval, 0);
        builder.AddOffset(X5f2Layout.StatusJson, statusJson.Value, 0);
        builder.Finish(builder.EndTable(), SchemaId.X5f2);
        return builder.SizedByteArray();
    }

    /// <summary>Decodes a status message; absent strings (all optional in the schema) read as "".</summary>
    /// <exception cref="WireFormatException">The payload is not a well-formed x5f2 message.</exception>
    public static X5f2Status Decode(ReadOnlySpan<byte> payload)
    {
        var reader = FlatBufferReader.Open(payload, SchemaId.X5f2);
        var root = reader.Root();
        return new X5f2Status(
            reader.String(root, X5f2Layout.SoftwareName, "software_name") ?? "",
            reader.String(root, X5f2Layout.SoftwareVersion, "software_version") ?? "",
            reader.String(root, X5f2Layout.ServiceId, "service_id") ?? "",
            reader.String(root, X5f2Layout.HostName, "host_name") ?? "",
            reader.Scalar<uint>(root, X5f2Layout.ProcessId, "process_id"),
            reader.Scalar<uint>(root, X5f2Layout.UpdateInterval, "update_interval"),
            reader.String(root, X5f2Layout.StatusJson, "status_json") ?? "");
    }
}
