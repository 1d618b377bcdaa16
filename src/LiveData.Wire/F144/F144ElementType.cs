namespace LiveData.Wire.F144;

/// <summary>Element type of an f144 value, in the order of the schema's <c>Value</c> union members.</summary>
public enum F144ElementType : byte
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
}
