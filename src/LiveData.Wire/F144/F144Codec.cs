using Google.FlatBuffers;
using LiveData.Wire.FlatBuffers;

namespace LiveData.Wire.F144;

/// <summary>Encodes and decodes f144 log-data messages.</summary>
public static class F144Codec
{
    public static byte[] Encode(F144LogData log)
    {
        var builder = new FlatBufferBuilder(128 + 4 * log.SourceName.Length + 8 * log.Value.Values.Length)
        {
            ForceDefaults = true, // Like the reference serialiser; also keeps a scalar -0.0 from being dropped as "default".
        };
        var value = log.Value.IsArray ? EncodeArray(builder, log.Value) : EncodeScalar(builder, log.Value);
        var sourceName = builder.CreateString(log.SourceName);
        builder.StartTable(F144Layout.FieldCount);
        builder.AddLong(F144Layout.Timestamp, log.Timestamp, 0);
        builder.AddOffset(F144Layout.SourceName, sourceName.Value, 0);
        builder.AddOffset(F144Layout.Value, value, 0);
        builder.AddByte(F144Layout.ValueType, F144Layout.ValueTypeOf(log.Value.ElementType, log.Value.IsArray), 0);
        builder.Finish(builder.EndTable(), SchemaId.F144);
        return builder.SizedByteArray();
    }

    /// <exception cref="WireFormatException">The payload is not a well-formed f144 message.</exception>
    public static F144LogData Decode(ReadOnlySpan<byte> payload)
    {
        var reader = FlatBufferReader.Open(payload, SchemaId.F144);
        var root = reader.Root();
        var sourceName = reader.RequiredString(root, F144Layout.SourceName, "source_name");
        var timestamp = reader.Scalar<long>(root, F144Layout.Timestamp, "timestamp");
        var tag = reader.Scalar<byte>(root, F144Layout.ValueType, "value_type");
        if (tag is < 1 or > 20)
        {
            throw reader.Error($"value_type {tag} is not a member of the Value union");
        }

        var position = reader.Reference(root, F144Layout.Value, "value");
        if (position < 0)
        {
            throw reader.Error("required field 'value' is absent");
        }

        var table = reader.TableAt(position, "value table");
        var isArray = tag > 10;
        var values = (F144ElementType)((tag - 1) % 10) switch
        {
            F144ElementType.Int8 => Read<sbyte>(reader, table, isArray),
            F144ElementType.UInt8 => Read<byte>(reader, table, isArray),
            F144ElementType.Int16 => Read<short>(reader, table, isArray),
            F144ElementType.UInt16 => Read<ushort>(reader, table, isArray),
            F144ElementType.Int32 => Read<int>(reader, table, isArray),
            F144ElementType.UInt32 => Read<uint>(reader, table, isArray),
            F144ElementType.Int64 => Read<long>(reader, table, isArray),
            F144ElementType.UInt64 => Read<ulong>(reader, table, isArray),
            F144ElementType.Float32 => Read<float>(reader, table, isArray),
            _ => Read<double>(reader, table, isArray),
        };
        return new F144LogData(sourceName, timestamp, F144Value.Create(values, isArray));
    }

    private static System.Array Read<T>(FlatBufferReader reader, FlatBufferTable table, bool isArray)
        where T : unmanaged
    {
        if (!isArray)
        {
            return new[] { reader.Scalar<T>(table, F144Layout.MemberValue, "value") };
        }

        return reader.TryVector<T>(table, F144Layout.MemberValue, "value", out var values) ? values.ToArray() : System.Array.Empty<T>();
    }

    private static int EncodeArray(FlatBufferBuilder builder, F144Value value)
    {
        var vector = value.ElementType switch
        {
            F144ElementType.Int8 => FlatBufferVectors.Create<sbyte>(builder, (sbyte[])value.Values),
            F144ElementType.UInt8 => FlatBufferVectors.Create<byte>(builder, (byte[])value.Values),
            F144ElementType.Int16 => FlatBufferVectors.Create<short>(builder, (short[])value.Values),
            F144ElementType.UInt16 => FlatBufferVectors.Create<ushort>(builder, (ushort[])value.Values),
            F144ElementType.Int32 => FlatBufferVectors.Create<int>(builder, (int[])value.Values),
            F144ElementType.UInt32 => FlatBufferVectors.Create<uint>(builder, (uint[])value.Values),
            F144ElementType.Int64 => FlatBufferVectors.Create<long>(builder, (long[])value.Values),
            F144ElementType.UInt64 => FlatBufferVectors.Create<ulong>(builder, (ulong[])value.Values),
            F144ElementType.Float32 => FlatBufferVectors.Create<float>(builder, (float[])value.Values),
            _ => FlatBufferVectors.Create<double>(builder, (double[])value.Values),
        };
        builder.StartTable(F144Layout.MemberFieldCount);
        builder.AddOffset(F144Layout.MemberValue, vector.Value, 0);
        return builder.EndTable();
    }

    private static int EncodeScalar(FlatBufferBuilder builder, F144Value value)
    {
        const int Slot = F144Layout.MemberValue;
        builder.StartTable(F144Layout.MemberFieldCount);
        switch (value.ElementType)
        {
            case F144ElementType.Int8: builder.AddSbyte(Slot, ((sbyte[])value.Values)[0], 0); break;
            case F144ElementType.UInt8: builder.AddByte(Slot, ((byte[])value.Values)[0], 0); break;
            case F144ElementType.Int16: builder.AddShort(Slot, ((short[])value.Values)[0], 0); break;
            case F144ElementType.UInt16: builder.AddUshort(Slot, ((ushort[])value.Values)[0], 0); break;
            case F144ElementType.Int32: builder.AddInt(Slot, ((int[])value.Values)[0], 0); break;
            case F144ElementType.UInt32: builder.AddUint(Slot, ((uint[])value.Values)[0], 0); break;
            case F144ElementType.Int64: builder.AddLong(Slot, ((long[])value.Values)[0], 0); break;
            case F144ElementType.UInt64: builder.AddUlong(Slot, ((ulong[])value.Values)[0], 0); break;
            case F144ElementType.Float32: builder.AddFloat(Slot, ((float[])value.Values)[0], 0); break;
            default: builder.AddDouble(Slot, ((double[])value.Values)[0], 0); break;
        }

        return builder.EndTable();
    }
}
