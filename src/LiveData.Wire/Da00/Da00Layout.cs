namespace LiveData.Wire.Da00;

/// <summary>Field slots of <c>da00_DataArray</c> and <c>da00_Variable</c> (schemas/da00_dataarray.fbs).</summary>
internal static class Da00Layout
{
    public const int SourceName = 0;
    public const int Timestamp = 1;
    public const int Variables = 2;
    public const int ArrayFieldCount = 3;

    public const int Name = 0;
    public const int Unit = 1;
    public const int Label = 2;
    public const int Source = 3;
    public const int DataType = 4;
    public const int Axes = 5;
    public const int Shape = 6;
    public const int Data = 7;
    public const int VariableFieldCount = 8;
}
