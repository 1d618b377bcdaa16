namespace LiveData.Wire.Da00;

/// <summary>Element type of a da00 variable; values match the schema's <c>da00_dtype</c> byte enum.</summary>
public enum Da00DataType : sbyte
{
    None,
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
