namespace LiveData.Wire.F144;

/// <summary>Field slots of <c>LogData</c> and its value tables (schemas/f144_logdata.fbs).</summary>
internal static class F144Layout
{
    public const int SourceName = 0;
    public const int Timestamp = 1;
    public const int ValueType = 2; // A union occupies two slots: its type tag, then the table.
    public const int Value = 3;
    public const int FieldCount = 4;

    /// <summary>The only field of every union member table (Byte … ArrayDouble).</summary>
    public const int MemberValue = 0;
    public const int MemberFieldCount = 1;

    /// <summary>Union tags: scalars Byte..Double are 1..10, arrays ArrayByte..ArrayDouble 11..20, in <see cref="F144ElementType"/> order.</summary>
    public static byte ValueTypeOf(F144ElementType type, bool isArray) => (byte)((int)type + (isArray ? 11 : 1));
}
