namespace LiveData.Wire.Ad00;

/// <summary>Element type of an ad00 image; values match the schema's <c>DType</c> byte enum (no "none", unlike da00).</summary>
public enum Ad00DataType : sbyte
{
    Int8,
    UInt8,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Float32,
    Float64,
    CString,
}
