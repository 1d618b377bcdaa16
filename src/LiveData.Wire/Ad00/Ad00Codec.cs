using Google.FlatBuffers;
using LiveData.Wire.FlatBuffers;

namespace LiveData.Wire.Ad00;

/// <summary>Encodes and decodes ad00 area-detector images.</summary>
public static class Ad00Codec
{
    public static byte[] Encode(Ad00Array image)
    {
        var builder = new FlatBufferBuilder(128 + 4 * image.SourceName.Length + 8 * image.Dimensions.Count + image.Data.Length)
        {
            ForceDefaults = true, // Like the reference serialiser: id and data_type are written even when 0.
        };
        // Elements aligned to 8 bytes so a reader can reinterpret any element type in place.
        var data = FlatBufferVectors.Create<byte>(builder, image.Data, 8);
        var dimensions = FlatBufferVectors.Create<long>(builder, image.Dimensions.ToArray());
        var name = builder.CreateString(image.SourceName);
        builder.StartTable(Ad00Layout.FieldCount);
        builder.AddLong(Ad00Layout.Timestamp, image.Timestamp, 0);
        builder.AddOffset(Ad00Layout.SourceName, name.Value, 0);
        builder.AddInt(Ad00Layout.Id, image.Id, 0);
        builder.AddOffset(Ad00Layout.Dimensions, dimensions.Value, 0);
        builder.AddOffset(Ad00Layout.Data, data.Value, 0);
        builder.AddSbyte(Ad00Layout.DataType, (sbyte)image.DataType, 0);
        builder.Finish(builder.EndTable(), SchemaId.Ad00);
        return builder.SizedByteArray();
    }

    /// <exception cref="WireFormatException">The payload is not a well-formed, self-consistent ad00 image.</exception>
    public static Ad00Array Decode(ReadOnlySpan<byte> payload)
    {
        var reader = FlatBufferReader.Open(payload, SchemaId.Ad00);
        var root = reader.Root();
        var sourceName = reader.RequiredString(root, Ad00Layout.SourceName, "source_name");
        var id = reader.Scalar<int>(root, Ad00Layout.Id, "id");
        var timestamp = reader.Scalar<long>(root, Ad00Layout.Timestamp, "timestamp");
        var dataType = (Ad00DataType)reader.Scalar<sbyte>(root, Ad00Layout.DataType, "data_type");
        if (!reader.TryVector<long>(root, Ad00Layout.Dimensions, "dimensions", out var dimensions))
        {
            throw reader.Error("required field 'dimensions' is absent");
        }
        if (!reader.TryVector<byte>(root, Ad00Layout.Data, "data", out var data))
        {
            throw reader.Error("required field 'data' is absent");
        }
        var image = new Ad00Array(sourceName, id, timestamp, dimensions.ToArray(), dataType, data.ToArray());
        return image.Inconsistency() is { } problem ? throw reader.Error(problem) : image;
    }
}
