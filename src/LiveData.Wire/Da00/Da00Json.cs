using System.Numerics;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace LiveData.Wire.Da00;

/// <summary>JSON rendering of da00; a c_string variable shows its text as "string" instead of dtype/shape/values.</summary>
internal static class Da00Json
{
    public static void Write(Utf8JsonWriter writer, Da00DataArray array)
    {
        writer.WriteStartObject();
        writer.WriteString("schema", SchemaId.Da00);
        writer.WriteString("source_name", array.SourceName);
        writer.WriteNumber("timestamp", array.Timestamp);
        writer.WriteStartArray("variables");
        foreach (var variable in array.Variables)
        {
            WriteVariable(writer, variable);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteVariable(Utf8JsonWriter writer, Da00Variable variable)
    {
        writer.WriteStartObject();
        writer.WriteString("name", variable.Name);
        writer.WriteString("unit", variable.Unit);
        writer.WriteString("label", variable.Label);
        writer.WriteString("source", variable.Source);
        writer.WriteStartArray("axes");
        foreach (var axis in variable.Axes)
        {
            writer.WriteStringValue(axis);
        }

        writer.WriteEndArray();
        if (variable.DataType == Da00DataType.CString)
        {
            writer.WriteString("string", variable.ToCString());
        }
        else
        {
            WriteValues(writer, variable);
        }

        writer.WriteEndObject();
    }

    private static void WriteValues(Utf8JsonWriter writer, Da00Variable variable)
    {
        switch (variable.DataType)
        {
            case Da00DataType.Int8: Write<sbyte>(writer, variable); break;
            case Da00DataType.UInt8: Write<byte>(writer, variable); break;
            case Da00DataType.Int16: Write<short>(writer, variable); break;
            case Da00DataType.UInt16: Write<ushort>(writer, variable); break;
            case Da00DataType.Int32: Write<int>(writer, variable); break;
            case Da00DataType.UInt32: Write<uint>(writer, variable); break;
            case Da00DataType.Int64: Write<long>(writer, variable); break;
            case Da00DataType.UInt64: Write<ulong>(writer, variable); break;
            case Da00DataType.Float32: Write<float>(writer, variable); break;
            default: Write<double>(writer, variable); break; // Float64: decoding admits no other type here.
        }
    }

    private static void Write<T>(Utf8JsonWriter writer, Da00Variable variable)
        where T : unmanaged, INumberBase<T>
        => JsonNumbers.WriteTypedProperties(writer, Da00DataTypes.Name(variable.DataType), variable.Shape, MemoryMarshal.Cast<byte, T>(variable.Data));
}
