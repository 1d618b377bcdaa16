namespace LiveData.Wire.Da00;

/// <summary>Sizes and numpy-style names of <see cref="Da00DataType"/> values.</summary>
internal static class Da00DataTypes
{
    public static bool IsDefined(Da00DataType type) => type is >= Da00DataType.None and <= Da00DataType.CString;

    /// <summary>Bytes per element; a c_string counts its UTF-8 bytes, so 1.</summary>
    public static int SizeOf(Da00DataType type) => type switch
    {
        Da00DataType.Int8 or Da00DataType.UInt8 or Da00DataType.CString => 1,
        Da00DataType.Int16 or Da00DataType.UInt16 => 2,
        Da00DataType.Int32 or Da00DataType.UInt32 or Da00DataType.Float32 => 4,
        Da00DataType.Int64 or Da00DataType.UInt64 or Da00DataType.Float64 => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "da00 data type has no element size"),
    };

    public static string Name(Da00DataType type) => type switch
    {
        Da00DataType.None => "none",
        Da00DataType.Int8 => "int8",
        Da00DataType.UInt8 => "uint8",
        Da00DataType.Int16 => "int16",
        Da00DataType.UInt16 => "uint16",
        Da00DataType.Int32 => "int32",
        Da00DataType.UInt32 => "uint32",
        Da00DataType.Int64 => "int64",
        Da00DataType.UInt64 => "uint64",
        Da00DataType.Float32 => "float32",
        Da00DataType.Float64 => "float64",
        Da00DataType.CString => "c_string",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown da00 data type"),
    };
}
