using System.Text.Json;

namespace LiveData.Wire.F144;

/// <summary>JSON rendering of f144; a scalar has shape [] and one value.</summary>
internal static class F144Json
{
    public static void Write(Utf8JsonWriter writer, F144LogData log)
    {
        writer.WriteStartObject();
        writer.WriteString("schema", SchemaId.F144);
        writer.WriteString("source_name", log.SourceName);
        writer.WriteNumber("timestamp", log.Timestamp);
        writer.WriteStartObject("value");
        var value = log.Value;
        switch (value.ElementType)
        {
            case F144ElementType.Int8: JsonNumbers.WriteTypedProperties<sbyte>(writer, value.DType, value.Shape, (sbyte[])value.Values); break;
            case F144ElementType.UInt8: JsonNumbers.WriteTypedProperties<byte>(writer, value.DType, value.Shape, (byte[])value.Values); break;
            case F144ElementType.Int16: JsonNumbers.WriteTypedProperties<short>(writer, value.DType, value.Shape, (short[])value.Values); break;
            case F144ElementType.UInt16: JsonNumbers.WriteTypedProperties<ushort>(writer, value.DType, value.Shape, (ushort[])value.Values); break;
            case F144ElementType.Int32: JsonNumbers.WriteTypedProperties<int>(writer, value.DType, value.Shape, (int[])value.Values); break;
            case F144ElementType.UInt32: JsonNumbers.WriteTypedProperties<uint>(writer, value.DType, value.Shape, (uint[])value.Values); break;
            case F144ElementType.Int64: JsonNumbers.WriteTypedProperties<long>(writer, value.DType, value.Shape, (long[])value.Values); break;
            case F144ElementType.UInt64: JsonNumbers.WriteTypedProperties<ulong>(writer, value.DType, value.Shape, (ulong[])value.Values); break;
            case F144ElementType.Float32: JsonNumbers.WriteTypedProperties<float>(writer, value.DType, value.Shape, (float[])value.Values); break;
            default: JsonNumbers.WriteTypedProperties<double>(writer, value.DType, value.Shape, (double[])value.Values); break;
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
