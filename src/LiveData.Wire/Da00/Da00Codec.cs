using System.Diagnostics.CodeAnalysis;
using Google.FlatBuffers;
using LiveData.Wire.FlatBuffers;

namespace LiveData.Wire.Da00;

/// <summary>Encodes and decodes da00 data-array messages.</summary>
public static class Da00Codec
{
    /// <summary>
    /// Bytes a decode may materialise per payload byte. Vectors in a genuine message never overlap,
    /// so only shared strings make it exceed 1; a crafted message whose offsets all point at one
    /// large region would otherwise make decoding quadratic in the payload size.
    /// </summary>
    private const long MaterialisedBytesPerPayloadByte = 4;

    /// <exception cref="ArgumentException">A variable's data does not match its type and shape.</exception>
    public static byte[] Encode(Da00DataArray array)
    {
        var builder = new FlatBufferBuilder(EncodedSizeBound(array))
        {
            ForceDefaults = true, // Like the reference serialiser: timestamp and data_type are always written.
        };
        var variables = new int[array.Variables.Count];
        for (var i = 0; i < variables.Length; i++)
        {
            variables[i] = EncodeVariable(builder, array.Variables[i]);
        }

        var data = FlatBufferVectors.CreateOffsets(builder, variables);
        var sourceName = builder.CreateString(array.SourceName);
        builder.StartTable(Da00Layout.ArrayFieldCount);
        builder.AddLong(Da00Layout.Timestamp, array.Timestamp, 0);
        builder.AddOffset(Da00Layout.SourceName, sourceName.Value, 0);
        builder.AddOffset(Da00Layout.Variables, data.Value, 0);
        builder.Finish(builder.EndTable(), SchemaId.Da00);
        return builder.SizedByteArray();
    }

    /// <summary>
    /// At least the encoded size, so that the builder never grows: each growth copies the whole buffer (an image's
    /// megabyte), and a bound of the data alone was exceeded by the variables' strings on every result.
    /// </summary>
    internal static int EncodedSizeBound(Da00DataArray array) =>
        checked(RootBytes + StringBound(array.SourceName) + 4 * array.Variables.Count + array.Variables.Sum(VariableBound));

    // Root table, its vtable, the root offset, the file identifier and padding; a variable's table and vtable (eight
    // fields) and the padding of its vectors; a string's length prefix, its UTF-8 bytes, the NUL and padding.
    private const int RootBytes = 64;
    private const int VariableTableBytes = 96;

    private static int VariableBound(Da00Variable variable) =>
        checked(VariableTableBytes + variable.Data.Length + 8 * (variable.Shape.Count + 2) + 4 * (variable.Axes.Count + 2)
            + StringBound(variable.Name) + StringBound(variable.Unit) + StringBound(variable.Label) + StringBound(variable.Source)
            + variable.Axes.Sum(StringBound));

    private static int StringBound(string? text) => text is null ? 0 : 4 + System.Text.Encoding.UTF8.GetMaxByteCount(text.Length) + 1 + 8;

    /// <exception cref="WireFormatException">The payload is not a well-formed da00 message.</exception>
    public static Da00DataArray Decode(ReadOnlySpan<byte> payload)
    {
        var reader = FlatBufferReader.Open(payload, SchemaId.Da00);
        var root = reader.Root();
        var sourceName = reader.RequiredString(root, Da00Layout.SourceName, "source_name");
        var timestamp = reader.Scalar<long>(root, Da00Layout.Timestamp, "timestamp");
        var first = reader.OffsetVector(root, Da00Layout.Variables, "data", out var count);
        var budget = MaterialisedBytesPerPayloadByte * payload.Length;
        var variables = new Da00Variable[count];
        for (var i = 0; i < count; i++)
        {
            variables[i] = DecodeVariable(reader, reader.TableAt(reader.Follow(first + 4 * i, "data"), "da00_Variable"), ref budget);
        }

        return new Da00DataArray(sourceName, timestamp, variables);
    }

    private static int EncodeVariable(FlatBufferBuilder builder, Da00Variable variable)
    {
        var problem = variable.Inconsistency();
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(variable));
        }

        var data = FlatBufferVectors.Create<byte>(builder, variable.Data, alignment: 8); // Keeps float64/int64 elements aligned.
        var shape = FlatBufferVectors.Create<long>(builder, variable.Shape.ToArray());
        var axisNames = new int[variable.Axes.Count];
        for (var i = 0; i < axisNames.Length; i++)
        {
            axisNames[i] = builder.CreateString(variable.Axes[i]).Value;
        }

        var axes = FlatBufferVectors.CreateOffsets(builder, axisNames);
        var name = builder.CreateString(variable.Name);
        var unit = OptionalString(builder, variable.Unit);
        var label = OptionalString(builder, variable.Label);
        var source = OptionalString(builder, variable.Source);

        builder.StartTable(Da00Layout.VariableFieldCount);
        builder.AddOffset(Da00Layout.Name, name.Value, 0);
        AddOptional(builder, Da00Layout.Unit, unit);
        AddOptional(builder, Da00Layout.Label, label);
        AddOptional(builder, Da00Layout.Source, source);
        builder.AddSbyte(Da00Layout.DataType, (sbyte)variable.DataType, 0);
        builder.AddOffset(Da00Layout.Axes, axes.Value, 0);
        builder.AddOffset(Da00Layout.Shape, shape.Value, 0);
        builder.AddOffset(Da00Layout.Data, data.Value, 0);
        return builder.EndTable();
    }

    private static StringOffset? OptionalString(FlatBufferBuilder builder, string? text) =>
        text is null ? null : builder.CreateString(text);

    /// <summary>Absent strings get no slot at all: they decode as null, unlike "".</summary>
    private static void AddOptional(FlatBufferBuilder builder, int slot, StringOffset? text)
    {
        if (text is { } offset)
        {
            builder.AddOffset(slot, offset.Value, 0);
        }
    }

    private static Da00Variable DecodeVariable(FlatBufferReader reader, FlatBufferTable table, ref long budget)
    {
        var name = Charge(reader, ref budget, reader.RequiredString(table, Da00Layout.Name, "name"));
        var unit = Charge(reader, ref budget, reader.String(table, Da00Layout.Unit, "unit"));
        var label = Charge(reader, ref budget, reader.String(table, Da00Layout.Label, "label"));
        var source = Charge(reader, ref budget, reader.String(table, Da00Layout.Source, "source"));
        var firstAxis = reader.OffsetVector(table, Da00Layout.Axes, "axes", out var axisCount);
        var axes = new string[axisCount];
        for (var i = 0; i < axisCount; i++)
        {
            axes[i] = Charge(reader, ref budget, reader.StringAt(reader.Follow(firstAxis + 4 * i, "axes"), "axes"));
        }

        reader.TryVector<long>(table, Da00Layout.Shape, "shape", out var shape);
        reader.TryVector<byte>(table, Da00Layout.Data, "data", out var data);
        Charge(reader, ref budget, 8L * shape.Length + data.Length);
        var variable = new Da00Variable(
            name,
            unit,
            label,
            source,
            (Da00DataType)reader.Scalar<sbyte>(table, Da00Layout.DataType, "data_type"),
            axes,
            shape.ToArray(),
            data.ToArray());
        var problem = variable.Inconsistency();
        return problem is null ? variable : throw reader.Error(problem);
    }

    [return: NotNullIfNotNull(nameof(text))]
    private static string? Charge(FlatBufferReader reader, ref long budget, string? text)
    {
        Charge(reader, ref budget, 4 + (text?.Length ?? 0));
        return text;
    }

    private static void Charge(FlatBufferReader reader, ref long budget, long bytes)
    {
        budget -= bytes;
        if (budget < 0)
        {
            throw reader.Error($"variables reference more data than a {reader.Length}-byte payload can hold; their offsets overlap");
        }
    }
}
